import type { Catalog } from './catalog-schema';
import { indexCatalog } from './catalog-index';
import { parseConfiguration, type Configuration } from './configuration';
import { checkQuantity } from './quantity';
import { fail, type Result } from './result';
import type { SharePayload } from './share-code';
import type { ShareError } from './share-errors';

/**
 * Second stage of opening a link: checks a decoded payload against the catalog of the
 * revision it names (§3), with a specific error for each kind of bad input.
 */
export function restoreSharedConfiguration(catalog: Catalog, payload: SharePayload): Result<Configuration, ShareError> {
  const problem = findProblem(catalog, payload);
  if (problem) return fail(problem);
  const { catalog: revision, items, termMonths, requirements, salesDiscountBp } = payload;
  const parsed = parseConfiguration(catalog, { catalog: revision, items, termMonths, requirements, salesDiscountBp });
  return parsed.ok ? parsed : fail({ kind: 'invalid-configuration', detail: parsed.error });
}

function findProblem(catalog: Catalog, payload: SharePayload): ShareError | undefined {
  if (payload.catalog !== catalog.version) return { kind: 'wrong-catalog', revision: payload.catalog, catalog: catalog.version };
  const { moduleById } = indexCatalog(catalog);
  const seen = new Set<string>();
  for (const { module: id, quantity } of payload.items) {
    const module = moduleById.get(id);
    if (!module) return { kind: 'unknown-module', module: id };
    if (seen.has(id)) return { kind: 'duplicate-module', module: id };
    seen.add(id);
    const { min, max, step } = module.quantity;
    const checked = checkQuantity(module, quantity);
    if (!checked.ok && checked.error.kind === 'offStep') return { kind: 'quantity-off-step', module: id, quantity, min, step };
    if (!checked.ok) return { kind: 'quantity-out-of-range', module: id, quantity, min, max };
  }
  const terms = catalog.discounts.commitment.map((c) => c.months);
  if (!terms.includes(payload.termMonths)) return { kind: 'unknown-term', months: payload.termMonths, available: terms };
  const qualifications = new Set(catalog.qualifications.map((q) => q.id));
  const demanded = new Set<string>();
  for (const id of payload.requirements) {
    if (!qualifications.has(id)) return { kind: 'unknown-qualification', qualification: id };
    if (demanded.has(id)) return { kind: 'duplicate-qualification', qualification: id };
    demanded.add(id);
  }
  return undefined;
}
