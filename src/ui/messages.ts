import { frenchTypography } from '../domain/french-typography';
import type { Language } from '../domain/language';
import type { FRENCH } from './messages-fr';
import { importAgain } from './import-again';

export type MessageParams = Record<string, string | number>;

/** French templates set once with French typography, before any parameter is put in: user data is never altered. */
export function typesetFrench<K extends string>(fr: Record<K, string>): Record<K, string> {
  return Object.fromEntries(Object.entries<string>(fr).map(([key, text]) => [key, frenchTypography(text)])) as Record<K, string>;
}

/** A dictionary in both languages, the French one typeset. */
export function dictionary<K extends string>(fr: Record<K, string>, en: Record<K, string>): Record<Language, Record<K, string>> {
  return { fr: typesetFrench(fr), en };
}

/**
 * The words of a part that brings them with its own code, out of the first screen's dictionary (the Share panel, the
 * older-revision banner, the erase control, notices): `wordsOf(FR, EN)(lang)(key, params)`, the French typeset.
 */
export function wordsOf<K extends string>(fr: Record<K, string>, en: Record<K, string>): (lang: Language) => (key: K, params?: MessageParams) => string {
  const words = dictionary(fr, en);
  return (lang) => (key, params) => fill(words[lang][key], params);
}

/** A template with its `{name}` parameters put in; an unknown one is left as written. */
export function fill(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export type MessageKey = keyof typeof FRENCH;

/**
 * The interface's words, one language at a time: a page loads only the dictionary it shows
 * (messages-fr.ts or messages-en.ts, 1.6–1.8 KB gzip each), before its first screen; the switch
 * loads the other before switching. The Documents panel's words load with its code
 * (documents-wording.ts).
 */
const loadFrench = importAgain(() => import('./messages-fr'), 'FRENCH');
const loadEnglish = importAgain(() => import('./messages-en'), 'ENGLISH');
const loaded: Partial<Record<Language, Record<MessageKey, string>>> = {};

export async function loadLanguage(lang: Language): Promise<void> {
  if (loaded[lang]) return;
  if (lang === 'fr') loaded.fr = typesetFrench((await loadFrench()).FRENCH);
  else loaded.en = (await loadEnglish()).ENGLISH;
}

/** The words of a language loaded with loadLanguage (the other one until then, the key as a last resort). */
export function translate(lang: Language, key: MessageKey, params: MessageParams = {}): string {
  const table = loaded[lang] ?? loaded.fr ?? loaded.en;
  return fill(table?.[key] ?? key, params);
}
