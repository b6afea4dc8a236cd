import { DEVIS_WORDING_EN } from './devis-wording-en';
import { DEVIS_WORDING_FR } from './devis-wording-fr';
import type { CustomerDetails } from './customer';
import type { PrintedCustomerField } from './devis-types';
import { frenchTypography } from './french-typography';
import type { Language } from './language';

/** Every text of the devis document, in one language; rates arrive already formatted ("10 %"). */
export interface DevisWording {
  title: string;
  number: string;
  issuedOn: string;
  validUntil: (days: number) => string;
  catalogRevision: string;
  seller: string;
  customer: string;
  siren: string;
  vatNumber: string;
  email: string;
  /** The seller's share capital, amount formatted: « au capital de 10 000,00 € ». */
  shareCapital: (amount: string) => string;
  /** The seller's address and legal mentions as the CSV labels them (the PDF prints them bare, under its name). */
  sellerAddress: string;
  sellerLegal: string;
  /** The seller's SIREN, VAT number and e-mail where no « Vendeur » heading is above them (the CSV), apart from the customer's. */
  sellerAlone: { siren: string; vatNumber: string; email: string };
  customerFields: Record<Exclude<keyof CustomerDetails, 'company' | 'sector'>, string>;
  /** The customer details, as the line « À compléter : … » names them (missing or refused ones). */
  fieldsToComplete: Record<PrintedCustomerField, string>;
  /** Printed under « Client » while details are missing or invalid; `fields` already joined. */
  toComplete: (fields: string) => string;
  columns: { section: string; description: string; vendor: string; quantity: string; unit: string; unitPrice: string; amount: string };
  recurringTitle: string;
  oneTimeTitle: string;
  /** A table's title repeated above its rows continued on the next page. */
  continued: (title: string) => string;
  noOneTime: string;
  tiered: string;
  /** The units a tier holds, « unités 51 à 500 », or « unité 51 » when it holds one. */
  tierUnits: (first: number, last: number) => string;
  /** The CSV's last column: how a tiered line's amount adds up, in one cell (tier rows would count twice in a sum). */
  tierBreakdown: string;
  /** A volume tier: all the units at the price of the tier the quantity reaches. */
  tierReached: string;
  tierFlatFee: string;
  setupOf: (module: string) => string;
  setupUnit: string;
  subtotal: string;
  discounts: { commitment: (months: number, rate: string) => string; bundle: (drawers: number, rate: string) => string; sales: (rate: string) => string };
  monthlyNet: string;
  vat: (rate: string) => string;
  monthlyGross: string;
  setupNet: string;
  setupGross: string;
  term: (months: number) => string;
  /** The first 12 months and set-up; a term under 12 months renews to reach them, and says so. */
  firstYearNet: (months: number) => string;
  contractNet: (months: number) => string;
  paymentTitle: string;
  paymentTerms: string[];
  illustrativeMark: string;
  illustrativePrices: string;
  /** The heading of each warning's row in the CSV. */
  warning: string;
  needsApproval: string;
  invalidConfiguration: string;
  shareTitle: string;
  shareHint: string;
  acceptanceTitle: string;
  acceptanceLines: string[];
  page: (page: number, pages: number) => string;
  /** What `page` writes before the page's number and between it and the count of pages (the print sheet's footer sets the numbers itself). */
  pageCounter: { before: string; between: string };
}

/** Every text of a wording through French typography: strings, the texts of nested objects and lists, what its functions return. */
function typeset<T>(wording: T): T {
  if (typeof wording === 'string') return frenchTypography(wording) as T;
  if (typeof wording === 'function') return ((...args: unknown[]) => frenchTypography((wording as (...a: unknown[]) => string)(...args))) as T;
  if (Array.isArray(wording)) return wording.map(typeset) as T;
  if (typeof wording === 'object' && wording !== null) return Object.fromEntries(Object.entries(wording).map(([k, v]) => [k, typeset(v)])) as T;
  return wording;
}

/** The French devis set with French typography once (its functions take numbers, rates and catalog names, never what a user typed). */
const DEVIS_WORDING_FR_TYPESET = typeset(DEVIS_WORDING_FR);

export const devisWording = (lang: Language): DevisWording => (lang === 'fr' ? DEVIS_WORDING_FR_TYPESET : DEVIS_WORDING_EN);

/**
 * A rate in basis points as the devis prints it: 1000 → "10 %" in French, "10%" in English. The space
 * before % is always U+00A0 (engines differ: some write U+202F, which the PDF's standard fonts lack).
 */
export function rateText(basisPoints: number, lang: Language): string {
  const locale = lang === 'fr' ? 'fr-FR' : 'en-GB';
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(basisPoints / 10000).replace(/\u202F/g, '\u00A0');
}
