import type { Catalog } from './catalog-schema';
import { indexCatalog } from './catalog-index';
import type { Configuration, ConfigurationItem } from './configuration';
import { checkQuantity, snapQuantity } from './quantity';
import type { ShareError } from './share-errors';

/** A value of a configuration its catalog refuses (§3), worded by whoever reads it: a link, a draft, the quote tool. */
export type RefusedValue = Extract<ShareError, {
  kind: 'unknown-module' | 'duplicate-module' | 'quantity-out-of-range' | 'quantity-off-step' | 'unknown-term' | 'unknown-qualification' | 'duplicate-qualification';
}>;

/** A configuration's values of the right types, before the catalog has seen them (a missing quantity or term takes §3's default). */
export interface ConfigurationValues {
  items: readonly { module: string; quantity?: number }[];
  termMonths?: number;
  requirements: readonly string[];
  salesDiscountBp: number;
}

/**
 * Checks each value of a configuration against the catalog it was made on (§3), in order: the modules
 * (unknown, listed twice, quantity out of bounds or off its step), the term, the qualifications. Returns
 * every refused value, each with why, and the configuration without them (the first term for a refused
 * one). A link or the quote tool refuses the whole configuration on the first; a saved draft drops them.
 * With `quantities: 'nearest'` (a configuration moved to another revision, whose bounds may have changed),
 * a refused quantity keeps its line at the nearest quantity the module accepts.
 */
export function checkConfigurationValues(
  catalog: Catalog, values: ConfigurationValues, { quantities = 'drop' }: { quantities?: 'drop' | 'nearest' } = {},
): { configuration: Configuration; refused: RefusedValue[] } {
  const refused: RefusedValue[] = [];
  const { moduleById } = indexCatalog(catalog);
  const items: ConfigurationItem[] = [];
  for (const { module: id, quantity: given } of values.items) {
    const module = moduleById.get(id);
    if (!module) refused.push({ kind: 'unknown-module', module: id });
    else if (items.some((i) => i.module === id)) refused.push({ kind: 'duplicate-module', module: id });
    else {
      const quantity = given ?? module.quantity.default;
      const { min, max, step } = module.quantity;
      const checked = checkQuantity(module, quantity);
      if (checked.ok) items.push({ module: id, quantity });
      else {
        if (checked.error.kind === 'offStep') refused.push({ kind: 'quantity-off-step', module: id, quantity, min, step });
        else refused.push({ kind: 'quantity-out-of-range', module: id, quantity, min, max });
        if (quantities === 'nearest') items.push({ module: id, quantity: snapQuantity(quantity, module.quantity) });
      }
    }
  }
  const terms = catalog.discounts.commitment.map((c) => c.months);
  const firstTerm = terms[0] ?? 1;
  let termMonths = values.termMonths ?? firstTerm;
  if (!terms.includes(termMonths)) {
    refused.push({ kind: 'unknown-term', months: termMonths, available: terms });
    termMonths = firstTerm;
  }
  const qualifications = new Set(catalog.qualifications.map((q) => q.id));
  const requirements: string[] = [];
  for (const id of values.requirements) {
    if (!qualifications.has(id)) refused.push({ kind: 'unknown-qualification', qualification: id });
    else if (requirements.includes(id)) refused.push({ kind: 'duplicate-qualification', qualification: id });
    else requirements.push(id);
  }
  return { configuration: { catalog: catalog.version, items, termMonths, requirements, salesDiscountBp: values.salesDiscountBp }, refused };
}
