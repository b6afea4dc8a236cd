import type { Catalog } from './catalog-schema';
import type { Configuration } from './configuration';

// Kept apart from configuration.ts so the first screen does not load zod.
/** An empty configuration on a catalog: no module, the first term, nothing demanded, no discount. */
export function emptyConfiguration(catalog: Catalog): Configuration {
  return { catalog: catalog.version, items: [], termMonths: catalog.discounts.commitment[0]?.months ?? 1, requirements: [], salesDiscountBp: 0 };
}

/** Whether a configuration holds nothing a link would carry: what emptyConfiguration makes, on any catalog version. */
export function isEmptyConfiguration({ items, termMonths, requirements, salesDiscountBp }: Configuration, catalog: Catalog): boolean {
  return items.length === 0 && requirements.length === 0 && salesDiscountBp === 0 && termMonths === emptyConfiguration(catalog).termMonths;
}
