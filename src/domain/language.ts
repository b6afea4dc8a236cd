import { frenchCatalogTypography } from './french-typography';
export type Language = 'fr' | 'en';
export const LANGUAGES: readonly Language[] = ['fr', 'en'];

/** French first; English when the browser prefers it over French. */
export function preferredLanguage(browserLanguages: readonly string[]): Language {
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'fr') return 'fr';
    if (base === 'en') return 'en';
  }
  return 'fr';
}

const frenchTexts = new WeakMap<object, string>();

/**
 * Picks the text of a localised catalog field, falling back to French; French catalog texts are
 * shown with French typography (worked out once per text: this runs on every render).
 */
export function localise(text: { fr: string; en: string } & Record<string, string>, lang: Language): string {
  const picked = text[lang];
  if (picked !== undefined && lang !== 'fr') return picked;
  let typeset = frenchTexts.get(text);
  if (typeset === undefined) frenchTexts.set(text, (typeset = frenchCatalogTypography(text.fr)));
  return typeset;
}

/** The BCP 47 locale each language formats numbers, dates and plurals with. */
export const LOCALES: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };

const pluralRules: Partial<Record<Language, Intl.PluralRules>> = {};

/** True when a count takes the singular in this language (Intl.PluralRules: 0 and 1 in French); one rule object per language. */
export const isSingular = (count: number, lang: Language): boolean =>
  (pluralRules[lang] ??= new Intl.PluralRules(LOCALES[lang])).select(count) === 'one';
