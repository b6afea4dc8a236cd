import type { Catalog } from './catalog-schema';
import type { CalendarDate } from './devis-dates';
import type { DevisWording } from './devis-wording';
import type { CustomerDetails } from './customer';
import type { Language } from './language';
import type { Money } from './money';

/** Customer fields a devis cannot do without. */
export type RequiredCustomerField = Extract<keyof CustomerDetails, 'company' | 'siret' | 'contactName' | 'email' | 'address'>;

/** Customer fields the devis prints (all but the sector). */
export type PrintedCustomerField = Exclude<keyof CustomerDetails, 'sector'>;

/**
 * One part of a tiered line's price: units at one unit price, or a tier's flat fee. `reached`: volume pricing, where
 * every unit costs the price of the tier the quantity reaches (the quote panel says « Palier atteint » too).
 */
export type DevisTier =
  | { kind: 'units'; firstUnit: number; lastUnit: number; units: number; unitPrice: Money; amount: Money; reached: boolean }
  | { kind: 'flatFee'; amount: Money };

/** A line of the devis, in the document's language; amounts HT in cents (monthly for recurring lines). */
export interface DevisLine {
  module: string;
  description: string;
  vendor: string;
  quantity: number;
  unit: string;
  /** Null when the units do not all cost the same (graduated tiers): `tiers` then says how. */
  unitPrice: Money | null;
  amount: Money;
  tiers: DevisTier[];
  /** The price is illustrative, not the vendor's published price. */
  illustrative: boolean;
}

export interface DevisDiscount {
  kind: 'commitment' | 'bundle' | 'sales';
  rateBp: number;
  /** Term in months (commitment) or number of drawers (bundle); 0 for the sales discount. */
  basis: number;
  amount: Money;
}

/** Net, VAT and gross of one part of the devis, in cents. */
export interface DevisAmounts {
  net: Money;
  vat: Money;
  gross: Money;
}

/** Everything a French devis must carry, as data: the PDF, the print sheet and the CSV render it. */
export interface Devis {
  lang: Language;
  wording: DevisWording;
  number: string;
  issuedOn: CalendarDate;
  validUntil: CalendarDate;
  validityDays: number;
  catalogRevision: string;
  /** The catalog's currency, ISO 4217 (« EUR »): the amounts' unit where no sign says it (the CSV's columns). */
  currency: string;
  seller: Catalog['seller'];
  /** The customer details as printed: a value the customer form refuses is left out, like an empty one. */
  customer: CustomerDetails;
  /** Required customer fields left empty: the devis is printed, but the UI asks for them. */
  missingCustomerFields: RequiredCustomerField[];
  /** Customer fields filled in but refused by the customer form (a SIREN with a wrong key): left out, named « À compléter ». */
  invalidCustomerFields: PrintedCustomerField[];
  /** « À compléter : raison sociale, e-mail » while some are missing or invalid, printed under « Client » (never an empty block); null when none is. */
  customerToComplete: string | null;
  /** Monthly subscription lines; `subtotal` is the recurring total before discounts. */
  recurring: { lines: DevisLine[]; subtotal: Money };
  /** One-time set-up fees, never discounted. */
  oneTime: { lines: DevisLine[] };
  discounts: DevisDiscount[];
  vatRateBp: number;
  monthly: DevisAmounts;
  setup: DevisAmounts;
  termMonths: number;
  firstYearNet: Money;
  contractNet: Money;
  shareLink: string;
  /** Sentences the reader must see: illustrative prices, approval pending, rule conflicts. */
  warnings: string[];
}

/** One detail of a party of the devis (the seller, the customer): its label as the devis prints it, and the value (identifiers normalised). */
export interface DevisPartyRow {
  label: string;
  value: string;
  /** Printed without its label in the parties block of the PDF and the print sheet (the company, the address). */
  bare?: true;
  /** The label where no heading says whose detail it is (the CSV's rows): « SIREN du vendeur ». */
  alone?: string;
}
