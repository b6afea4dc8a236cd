import { LOCALES, type Language } from '../domain/language';

type Style = 'money' | 'number' | 'rate';
const OPTIONS: Record<Style, Intl.NumberFormatOptions> = {
  money: { style: 'currency', currency: 'EUR' },
  number: {},
  rate: { style: 'percent', maximumFractionDigits: 2 },
};
// Building an Intl.NumberFormat costs more than formatting with it, and a click formats dozens of figures.
const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(style: Style, lang: Language): Intl.NumberFormat {
  const key = `${style}.${lang}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[lang], OPTIONS[style]);
    formats.set(key, format);
  }
  return format;
}

/** Formats an integer number of cents for display only (1 234,56 € in French); never used in arithmetic. */
export function formatMoney(cents: number, lang: Language): string {
  return numberFormat('money', lang).format(cents / 100);
}

export function formatNumber(value: number, lang: Language): string {
  return numberFormat('number', lang).format(value);
}

/** Basis points as a percentage for display: 1250 → "12,5 %". */
export function formatRate(basisPoints: number, lang: Language): string {
  return numberFormat('rate', lang).format(basisPoints / 10000);
}
