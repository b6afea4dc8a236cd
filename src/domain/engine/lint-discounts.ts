import type { Catalog } from '../catalog-schema';
import type { CatalogFinding } from './lint-finding';

/**
 * Bundle tiers and commitment terms whose rate is below that of a tier for fewer drawers, or of a
 * shorter term: a buyer who adds a drawer, or commits longer, would get less discount (§4 applies
 * the highest tier reached, and the term's own rate). Allowed by the spec, so a finding, not an
 * error: a billing engineer wants it confirmed, it is almost always a typing slip.
 */
export function lintDiscounts(catalog: Catalog): CatalogFinding[] {
  return [
    ...fallingRates(catalog.discounts.commitment).map(([term, before]): CatalogFinding => ({ kind: 'commitment-rate-falls', term, before })),
    ...fallingRates(catalog.discounts.bundle).map(([tier, before]): CatalogFinding => ({ kind: 'bundle-rate-falls', tier, before })),
  ];
}

/** Each entry whose rate is below the highest rate before it, with the first entry that gave that rate (lists in increasing order). */
function fallingRates<T extends { rateBp: number }>(list: readonly T[]): [T, T][] {
  const falls: [T, T][] = [];
  let best: T | undefined;
  for (const entry of list) {
    if (best !== undefined && entry.rateBp < best.rateBp) falls.push([{ ...entry }, { ...best }]);
    if (best === undefined || entry.rateBp > best.rateBp) best = entry;
  }
  return falls;
}
