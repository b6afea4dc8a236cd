import { frenchTypography } from '../domain/french-typography';
import type { Language } from '../domain/language';
import { configuratorEn, configuratorFr } from './messages-configurator';
import { documentsEn, documentsFr } from './messages-documents';
import { quoteEn, quoteFr } from './messages-quote';
import { shareEn, shareFr } from './messages-share';

/** Every string the interface shows, French first, gathered from one dictionary per area. */
const fr = { ...configuratorFr, ...documentsFr, ...quoteFr, ...shareFr };
export type MessageKey = keyof typeof fr;
const en: Record<MessageKey, string> = { ...configuratorEn, ...documentsEn, ...quoteEn, ...shareEn };

/** French templates set once with French typography, before any parameter is put in: user data is never altered. */
const frTypeset = Object.fromEntries(Object.entries(fr).map(([key, text]) => [key, frenchTypography(text)])) as Record<MessageKey, string>;

export const MESSAGES: Record<Language, Record<MessageKey, string>> = { fr: frTypeset, en };

export type MessageParams = Record<string, string | number>;

export function translate(lang: Language, key: MessageKey, params: MessageParams = {}): string {
  return MESSAGES[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
