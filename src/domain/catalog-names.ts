import { indexCatalog } from './catalog-index';
import type { Catalog } from './catalog-schema';
import { localise, type Language } from './language';

/** What the buyer reads for an id of the catalog, in their language; the id itself when the catalog lacks it. */
export function moduleName(catalog: Catalog, id: string, lang: Language): string {
  const module = indexCatalog(catalog).moduleById.get(id);
  return module ? localise(module.name, lang) : id;
}

export function qualificationName(catalog: Catalog, id: string, lang: Language): string {
  const qualification = catalog.qualifications.find((q) => q.id === id);
  return qualification ? localise(qualification.name, lang) : id;
}

export function drawerName(catalog: Catalog, id: string, lang: Language): string {
  const drawer = catalog.drawers.find((d) => d.id === id);
  return drawer ? localise(drawer.name, lang) : id;
}
