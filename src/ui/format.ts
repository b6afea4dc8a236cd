import { LOCALES, type Language } from '../domain/language';

const moneyFormats = new Map<Language, Intl.NumberFormat>();

/** Formats an integer number of cents for display only (1 234,56 € in French); never used in arithmetic. */
export function formatMoney(cents: number, lang: Language): string {
  let format = moneyFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[lang], { style: 'currency', currency: 'EUR' });
    moneyFormats.set(lang, format);
  }
  return format.format(cents / 100);
}

export function formatNumber(value: number, lang: Language): string {
  return new Intl.NumberFormat(LOCALES[lang]).format(value);
}

/** Basis points as a percentage for display: 1250 → "12,5 %". */
export function formatRate(basisPoints: number, lang: Language): string {
  return new Intl.NumberFormat(LOCALES[lang], { style: 'percent', maximumFractionDigits: 2 }).format(basisPoints / 10000);
}
