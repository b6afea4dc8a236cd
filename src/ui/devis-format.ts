import type { CalendarDate } from '../domain/devis-dates';
import { LOCALES, type Language } from '../domain/language';
import { formatMoney } from '../domain/locale-format';


/** A calendar day as the devis prints it: "28 novembre 2026", "28 November 2026". */
export function formatCalendarDate(date: CalendarDate, lang: Language): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

/** An amount of the devis; a deduction (a discount) is printed with a minus sign. */
export const devisMoney = (cents: number, lang: Language, deduction = false): string =>
  `${deduction && cents > 0 ? '-' : ''}${formatMoney(cents, lang)}`;

/** "Label : value" with French spacing before the colon, "Label: value" in English. */
export const labelled = (label: string, value: string, lang: Language): string => `${label}${lang === 'fr' ? '\u00A0:' : ':'} ${value}`;
