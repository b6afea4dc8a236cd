import { devisCustomerRows } from '../domain/devis-customer-rows';
import type { DevisPartyRow } from '../domain/devis-types';
import { devisSellerRows } from '../domain/devis-seller-rows';
import type { CalendarDate } from '../domain/devis-dates';
import type { Devis } from '../domain/devis-types';
import { LOCALES, type Language } from '../domain/language';
import { formatMoney } from '../domain/locale-format';


/**
 * A calendar day as the devis prints it: "28 novembre 2026", "28 November 2026". French writes the first of the month
 * as an ordinal, « 1er janvier 2027 », which Intl does not.
 */
export function formatCalendarDate(date: CalendarDate, lang: Language): string {
  const long = new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
  return lang === 'fr' ? long.replace(/^1 /, '1er ') : long;
}

/**
 * An amount of the PDF devis; a deduction (a discount) is printed after a dash and a non-breaking space,
 * « – 1 050,00 € », as the screen prints it after its minus sign: the dash is in the PDF's standard font, the
 * minus sign is not (it would embed a second font for one character).
 */
export const devisMoney = (cents: number, lang: Language, deduction = false): string =>
  `${deduction && cents > 0 ? '\u2013\u00a0' : ''}${formatMoney(cents, lang)}`;

/** What the foot of every page says before its number: « Devis n° CN-… — CollabNext … » (the PDF and the print sheet). */
export const devisFooterLabel = (devis: Devis): string => `${devis.wording.number} ${devis.number} — ${devis.seller.name}`;

/** "Label : value" with French spacing before the colon, "Label: value" in English. */
export const labelled = (label: string, value: string, lang: Language): string => `${label}${lang === 'fr' ? '\u00A0:' : ':'} ${value}`;

/**
 * The lines of the parties block, seller then customer, as the PDF and the print sheet both print them: the
 * details left empty (or refused) are not there, « À compléter » closes the customer's while some are. They are the
 * CSV's rows (devisSellerRows, devisCustomerRows), names, addresses and the seller's legal mentions without their
 * label. Both SIRENs grouped alike (« 900 000 001 »).
 */
export function partyLines(devis: Devis): { seller: string[]; customer: string[] } {
  const line = (row: DevisPartyRow) => (row.bare ? row.value : labelled(row.label, row.value, devis.lang));
  return {
    seller: devisSellerRows(devis).map(line),
    customer: [...devisCustomerRows(devis).map(line), ...(devis.customerToComplete ? [devis.customerToComplete] : [])],
  };
}
