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

/** The modules that match every criterion; the text is looked up in names, descriptions and the vendor's name, in both languages. */
export function filterModules(catalog: Catalog, filter: ModuleFilter): CatalogModule[] {
  const vendorNames = new Map(catalog.vendors.map((v) => [v.id, v.name]));
  const words = fold(filter.text).split(/\s+/).filter(Boolean);
  return catalog.modules.filter((m) => {
    if (filter.drawer && m.drawer !== filter.drawer) return false;
    if (filter.vendor && m.vendor !== filter.vendor) return false;
    if (filter.qualification && !m.qualifications.includes(filter.qualification)) return false;
    if (words.length === 0) return true;
    const haystack = fold([m.name.fr, m.name.en, m.description.fr, m.description.en, vendorNames.get(m.vendor) ?? ''].join(' '));
    return words.every((w) => haystack.includes(w));
  });
}
