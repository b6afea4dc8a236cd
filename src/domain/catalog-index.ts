import type { Catalog, CatalogModule, Drawer } from './catalog-schema';

/** Lookups the engine and the pricing need often, built once per catalog. */
export interface CatalogIndex {
  catalog: Catalog;
  moduleById: ReadonlyMap<string, CatalogModule>;
  /** Position of each module in the catalog, for "catalog order" outputs. */
  moduleOrder: ReadonlyMap<string, number>;
  drawerById: ReadonlyMap<string, Drawer>;
}

const cache = new WeakMap<Catalog, CatalogIndex>();

export function indexCatalog(catalog: Catalog): CatalogIndex {
  const cached = cache.get(catalog);
  if (cached) return cached;
  const index: CatalogIndex = {
    catalog,
    moduleById: new Map(catalog.modules.map((m) => [m.id, m])),
    moduleOrder: new Map(catalog.modules.map((m, i) => [m.id, i])),
    drawerById: new Map(catalog.drawers.map((d) => [d.id, d])),
  };
  cache.set(catalog, index);
  return index;
}
