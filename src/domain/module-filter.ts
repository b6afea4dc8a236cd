import type { Catalog, CatalogModule } from './catalog-schema';

/** What the buyer narrows the catalog to; empty strings mean "all". */
export interface ModuleFilter {
  text: string;
  drawer: string;
  vendor: string;
  qualification: string;
}

export const noFilter: ModuleFilter = { text: '', drawer: '', vendor: '', qualification: '' };

/** Lower-cases and strips accents so "securite" finds "Sécurité". */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * The modules that match every criterion. The text is looked up, in both languages, in the module's
 * name and description, its vendor's name, its drawer's name and its qualifications' names and ids:
 * « sécurité », « paas » or « hds » find what the page shows under those words.
 */
export function filterModules(catalog: Catalog, filter: ModuleFilter): CatalogModule[] {
  const vendorNames = new Map(catalog.vendors.map((v) => [v.id, v.name]));
  const drawerNames = new Map(catalog.drawers.map((d) => [d.id, `${d.name.fr} ${d.name.en}`]));
  const qualificationNames = new Map(catalog.qualifications.map((q) => [q.id, `${q.id} ${q.name.fr} ${q.name.en}`]));
  const words = fold(filter.text).split(/\s+/).filter(Boolean);
  return catalog.modules.filter((m) => {
    if (filter.drawer && m.drawer !== filter.drawer) return false;
    if (filter.vendor && m.vendor !== filter.vendor) return false;
    if (filter.qualification && !m.qualifications.includes(filter.qualification)) return false;
    if (words.length === 0) return true;
    const haystack = fold([m.name.fr, m.name.en, m.description.fr, m.description.en, vendorNames.get(m.vendor), drawerNames.get(m.drawer), ...m.qualifications.map((q) => qualificationNames.get(q))].join(' '));
    return words.every((w) => haystack.includes(w));
  });
}
