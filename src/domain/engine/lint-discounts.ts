import type { Catalog } from '../catalog-schema';
import type { CatalogFinding } from './lint-finding';

/**
 * Bundle tiers whose rate is below that of a tier for fewer drawers: a buyer who adds a drawer
 * would lose discount (§4 applies the highest tier reached). Allowed by the spec, so a finding,
 * not an error: a billing engineer wants it confirmed, it is almost always a typing slip.
 */
export function lintBundleTiers(catalog: Catalog): CatalogFinding[] {
  const findings: CatalogFinding[] = [];
  let best: { minDrawers: number; rateBp: number } | undefined;
  for (const tier of catalog.discounts.bundle) {
    if (best !== undefined && tier.rateBp < best.rateBp) findings.push({ kind: 'bundle-rate-falls', tier: { ...tier }, before: { ...best } });
    if (best === undefined || tier.rateBp > best.rateBp) best = tier;
  }
  return findings;
}
