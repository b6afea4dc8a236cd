import type { Catalog } from './catalog-schema';
import { indexCatalog } from './catalog-index';
import { readConfigurationShape } from './configuration-shape';
import { checkQuantity } from './quantity';
import { fail, ok, type Result } from './result';

/** What a buyer builds and shares (../shared/spec/catalog-and-quote.md §3), every default filled in. */
export interface ConfigurationItem {
  module: string;
  quantity: number;
}
export interface Configuration {
  /** The catalog revision (`version`) this configuration was made on. */
  catalog: string;
  items: ConfigurationItem[];
  termMonths: number;
  requirements: string[];
  /** Negotiated discount in basis points. */
  salesDiscountBp: number;
}

/**
 * Checks untrusted configuration data against a catalog and fills in the defaults of §3.
 * Bad input (unknown module, term or qualification, quantity out of range or off step,
 * a module listed twice) is an error naming what is wrong; rule violations are not.
 */
export function parseConfiguration(catalog: Catalog, raw: unknown): Result<Configuration> {
  const shape = readConfigurationShape(raw);
  if (!shape.ok) return shape;
  const input = shape.value;
  if (input.catalog !== undefined && input.catalog !== catalog.version) {
    return fail(`configuration was made on catalog ${input.catalog}, not on catalog ${catalog.version}`);
  }
  const { moduleById } = indexCatalog(catalog);
  const items: ConfigurationItem[] = [];
  const seen = new Set<string>();
  for (const item of input.items) {
    const module = moduleById.get(item.module);
    if (!module) return fail(`unknown module \`${item.module}\``);
    if (seen.has(item.module)) return fail(`module \`${item.module}\` is listed twice`);
    seen.add(item.module);
    const { min, max, step } = module.quantity;
    const quantity = item.quantity ?? module.quantity.default;
    const checked = checkQuantity(module, quantity);
    if (!checked.ok && checked.error.kind === 'offStep') return fail(`quantity ${quantity} is not on step ${step} (from ${min}) for \`${item.module}\``);
    if (!checked.ok) return fail(`quantity ${quantity} is outside ${min}–${max} for \`${item.module}\``);
    items.push({ module: item.module, quantity });
  }
  const terms = catalog.discounts.commitment.map((c) => c.months);
  const termMonths = input.termMonths ?? terms[0] ?? 1;
  if (!terms.includes(termMonths)) return fail(`unknown term ${termMonths} — available: ${terms.join(', ')}`);
  const qualifications = new Set(catalog.qualifications.map((q) => q.id));
  const requirements = input.requirements ?? [];
  const unknown = requirements.find((q) => !qualifications.has(q));
  if (unknown !== undefined) return fail(`unknown qualification \`${unknown}\` — available: ${[...qualifications].join(', ')}`);
  if (new Set(requirements).size !== requirements.length) return fail('a qualification is demanded twice');
  return ok({ catalog: catalog.version, items, termMonths, requirements, salesDiscountBp: input.salesDiscountBp ?? 0 });
}
