import type { Catalog } from '../catalog-schema';
import { alwaysImplied, neverSelectable } from './lint-modules';
import { lintBundleTiers } from './lint-discounts';
import type { CatalogFinding } from './lint-finding';
import { lintQuantities } from './lint-quantities';
import { lintRules } from './lint-rules';

export type { CatalogFinding } from './lint-finding';
export { describeFinding } from './lint-finding';

/**
 * The catalog linter of spec §5: modules never selectable (from an empty configuration,
 * and under demanded qualifications they hold), modules always implied, rules that can
 * never fire or that others already enforce, quantity rules the modules' min/max
 * cannot meet, and bundle tiers whose rate falls as drawers increase. An empty list means the catalog is clean.
 */
export function lintCatalog(catalog: Catalog): CatalogFinding[] {
  return [...neverSelectable(catalog), ...alwaysImplied(catalog), ...lintRules(catalog), ...lintQuantities(catalog), ...lintBundleTiers(catalog)];
}
