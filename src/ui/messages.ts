import { frenchTypography } from '../domain/french-typography';
import type { Language } from '../domain/language';
import { configuratorEn, configuratorFr } from './messages-configurator';
import { quoteEn, quoteFr } from './messages-quote';
import { shareEn, shareFr } from './messages-share';

export type MessageParams = Record<string, string | number>;

/**
 * A dictionary in both languages, its French templates set once with French typography, before any
 * parameter is put in: user data is never altered.
 */
export function dictionary<K extends string>(fr: Record<K, string>, en: Record<K, string>): Record<Language, Record<K, string>> {
  const typeset = Object.fromEntries(Object.entries<string>(fr).map(([key, text]) => [key, frenchTypography(text)])) as Record<K, string>;
  return { fr: typeset, en };
}

/** A template with its `{name}` parameters put in; an unknown one is left as written. */
export function fill(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/**
 * Every string of the first screen and what it opens without loading more code, French first, one
 * dictionary per area. The documents panel's words load with its code (messages-documents.ts,
 * through documents-wording.ts): 1.8 KB gzip less before the first screen.
 */
const fr = { ...configuratorFr, ...quoteFr, ...shareFr };
export type MessageKey = keyof typeof fr;
export const MESSAGES = dictionary<MessageKey>(fr, { ...configuratorEn, ...quoteEn, ...shareEn });

export function translate(lang: Language, key: MessageKey, params: MessageParams = {}): string {
  return fill(MESSAGES[lang][key], params);
}
