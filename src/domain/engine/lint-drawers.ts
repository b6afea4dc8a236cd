import type { Catalog } from '../catalog-schema';
import type { CatalogFinding } from './lint-finding';

/** Drawers no module is in: the page's drawer filter would offer them, always with 0 modules. */
export function emptyDrawers(catalog: Catalog): CatalogFinding[] {
  return catalog.drawers
    .filter((d) => !catalog.modules.some((m) => m.drawer === d.id))
    .map((d) => ({ kind: 'empty-drawer', drawer: d.id }));
}

/** Vendors no module is by (all taken out in a new version?): the page's vendor filter would offer them, always with 0 modules. */
export function vendorsWithoutModules(catalog: Catalog): CatalogFinding[] {
  return catalog.vendors
    .filter((v) => !catalog.modules.some((m) => m.vendor === v.id))
    .map((v) => ({ kind: 'vendor-without-modules', vendor: v.id }));
}
