import type { Catalog } from './catalog-schema';
import type { Configuration } from './configuration';
import type { CustomerDetails } from './customer';
import { addDays, type CalendarDate } from './devis-dates';
import { devisLines } from './devis-lines';
import { devisNumber } from './devis-number';
import { devisCustomer } from './devis-customer';
import type { Devis, DevisDiscount } from './devis-types';
import { devisWording } from './devis-wording';
import { localise, type Language } from './language';
import type { Quote } from './quote-types';
import { evaluateConfiguration } from './engine/evaluate';
import { describeViolations } from './violation-text';

export interface DevisInput {
  catalog: Catalog;
  configuration: Configuration;
  /** computeQuote(catalog, configuration), already computed by the caller. */
  quote: Quote;
  customer: CustomerDetails;
  lang: Language;
  issuedOn: CalendarDate;
  /** The share link of the configuration (without customer details). */
  shareLink: string;
  /** False when the configuration breaks rules: the devis says so. */
  valid: boolean;
}

function discountsOf(quote: Quote): DevisDiscount[] {
  const { commitment, bundle, sales } = quote.discounts;
  const all: DevisDiscount[] = [
    { kind: 'commitment', rateBp: commitment.rateBp, basis: commitment.termMonths, amount: commitment.amount },
    { kind: 'bundle', rateBp: bundle.rateBp, basis: bundle.distinctDrawers, amount: bundle.amount },
    { kind: 'sales', rateBp: sales.rateBp, basis: 0, amount: sales.amount },
  ];
  return all.filter((d) => d.rateBp > 0);
}

/** What an invalid configuration breaks, as the banner says it (each sentence once): the devis names it, on paper too. */
function brokenRules(catalog: Catalog, configuration: Configuration, lang: Language): string[] {
  return describeViolations(catalog, configuration, evaluateConfiguration(catalog, configuration).violations, lang);
}

/** The devis of a quote: every mention a French quote must carry, as data in the chosen language. */
export function buildDevis(input: DevisInput): Devis {
  const { catalog, configuration, quote, customer, lang, issuedOn } = input;
  const wording = devisWording(lang);
  const { recurring, oneTime } = devisLines(catalog, quote.lines, lang, wording);
  const t = quote.totals;
  const client = devisCustomer(customer);
  const illustrative = [...recurring, ...oneTime].some((l) => l.illustrative);
  const warnings = [
    // The catalog's own notice says what is illustrative (set as the page header sets it); without one, the devis says it in its words.
    ...(catalog.notice ? [localise(catalog.notice, lang)] : illustrative ? [wording.illustrativePrices] : []),
    ...(quote.needsApproval ? [wording.needsApproval] : []),
    ...(input.valid ? [] : [[wording.invalidConfiguration, ...brokenRules(catalog, configuration, lang)].join(' ')]),
  ];
  return {
    lang,
    wording,
    number: devisNumber(configuration, issuedOn, catalog.version, client.printed),
    issuedOn,
    validUntil: addDays(issuedOn, catalog.quoteValidityDays),
    validityDays: catalog.quoteValidityDays,
    catalogRevision: catalog.version,
    currency: catalog.currency,
    seller: { ...catalog.seller },
    customer: client.printed,
    missingCustomerFields: client.missing,
    invalidCustomerFields: client.invalid,
    customerToComplete: client.toComplete.length === 0 ? null : wording.toComplete(client.toComplete.map((f) => wording.fieldsToComplete[f]).join(', ')),
    recurring: { lines: recurring, subtotal: t.recurring },
    oneTime: { lines: oneTime },
    discounts: discountsOf(quote),
    vatRateBp: quote.vatRateBp,
    monthly: { net: t.monthlyNet, vat: t.monthlyVat, gross: t.monthlyGross },
    setup: { net: t.setupNet, vat: t.setupVat, gross: t.setupGross },
    termMonths: quote.termMonths,
    firstYearNet: t.firstYearNet,
    contractNet: t.contractNet,
    shareLink: input.shareLink,
    warnings,
  };
}
