import type { Catalog } from '../domain/catalog-schema';
import type { Language } from '../domain/language';

const LOCALES: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };

/** The unit's name in the right plural for a quantity (Intl.PluralRules: 0 and 1 are singular in French). */
export function unitName(catalog: Catalog, unitId: string, quantity: number, lang: Language): string {
  const unit = catalog.units.find((u) => u.id === unitId);
  if (!unit) return unitId;
  const category = new Intl.PluralRules(LOCALES[lang]).select(quantity);
  const names = unit.name[lang];
  return category === 'one' ? names.one : names.other;
}
