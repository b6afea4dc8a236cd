/** Numbers, amounts, rates and lists written for a language (display only), for the interface and the domain's sentences alike. */
import { LOCALES, type Language } from './language';

// Building an Intl.NumberFormat costs more than formatting with it, and a click formats dozens of figures.
const formats: Record<string, Intl.NumberFormat> = {};
const numberFormat = (lang: Language, kind: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat =>
  (formats[kind + lang] ??= new Intl.NumberFormat(LOCALES[lang], options));

/** Formats an integer number of cents for display only (1 234,56 € in French); never used in arithmetic. */
export function formatMoney(cents: number, lang: Language): string {
  return numberFormat(lang, 'money', { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

export function formatNumber(value: number, lang: Language): string {
  return numberFormat(lang, 'number').format(value);
}

/** The decimal separator people type in this language: "," in French, "." in English. */
export function decimalSeparator(lang: Language): ',' | '.' {
  const part = numberFormat(lang, 'number').formatToParts(1.5).find((p) => p.type === 'decimal');
  return part?.value === ',' ? ',' : '.';
}

/** Basis points as a percentage for display: 1250 → "12,5 %". */
export function formatRate(basisPoints: number, lang: Language): string {
  return numberFormat(lang, 'rate', { style: 'percent', maximumFractionDigits: 2 }).format(basisPoints / 10000);
}

const lists: Record<string, Intl.ListFormat> = {};

/** « A, B et C » / « A, B ou C » in the language (Intl.ListFormat, one per language and kind). */
export function formatList(items: readonly string[], lang: Language, type: 'conjunction' | 'disjunction'): string {
  return (lists[type + lang] ??= new Intl.ListFormat(LOCALES[lang], { type })).format(items);
}

/**
 * A list of names said whole up to `most`, else its first `most - 1` and `more(the rest)`: a long list stays readable
 * (« A, B, C et 22 autres modules »).
 */
export function namesThenCount(names: readonly string[], most: number, more: (count: number) => string): string[] {
  return names.length <= most ? [...names] : [...names.slice(0, most - 1), more(names.length - most + 1)];
}
