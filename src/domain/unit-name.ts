import type { Catalog } from './catalog-schema';
import { typesetIn } from './french-typography';
import { isSingular, type Language } from './language';

/** The unit's name in the right plural for a quantity (Intl.PluralRules: 0 and 1 are singular in French), French ones typeset (« lot de 1 000 »). */
export function unitName(catalog: Catalog, unitId: string, quantity: number, lang: Language): string {
  const unit = catalog.units.find((u) => u.id === unitId);
  if (!unit) return unitId;
  const names = unit.name[lang];
  const name = isSingular(quantity, lang) ? names.one : names.other;
  return typesetIn(lang, name);
}

/** The unit of a module, by the module's id, in the right plural for a quantity. */
export const moduleUnitName = (catalog: Catalog, moduleId: string, quantity: number, lang: Language): string =>
  unitName(catalog, catalog.modules.find((m) => m.id === moduleId)?.unit ?? '', quantity, lang);
