import type { Catalog } from '../catalog-schema';
import { alwaysImplied, neverSelectable } from './lint-modules';
import { lintDiscounts } from './lint-discounts';
import { emptyDrawers, vendorsWithoutModules } from './lint-drawers';
import type { CatalogFinding } from './lint-finding';
import { unreachablePriceTiers } from './lint-price-tiers';
import { lintQuantities } from './lint-quantities';
import { lintRules } from './lint-rules';

export type { CatalogFinding } from './lint-finding';
export { describeFinding } from './lint-finding';

/**
 * The catalog linter of spec §5: drawers without modules, modules never selectable (from an empty
 * configuration, and under demanded qualifications that do not rule them out by themselves), modules
 * always implied, rules that can never fire or that others already enforce, quantity rules the modules'
 * min/max cannot meet, price tiers no quantity reaches, and commitment terms or bundle tiers whose rate
 * falls as they grow. An empty list means the catalog is clean.
 */
export function lintCatalog(catalog: Catalog): CatalogFinding[] {
  return [
    ...emptyDrawers(catalog), ...vendorsWithoutModules(catalog), ...neverSelectable(catalog), ...alwaysImplied(catalog), ...lintRules(catalog),
    ...lintQuantities(catalog), ...unreachablePriceTiers(catalog), ...lintDiscounts(catalog),
  ];
}
