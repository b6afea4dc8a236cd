import { devisCustomerRows } from './devis-customer-rows';
import { devisSellerRows } from './devis-seller-rows';
import { devisTotalSections } from './devis-rows';
import type { Devis, DevisLine } from './devis-types';
import type { Language } from './language';
import { formatMoney, formatNumber } from './locale-format';
import type { Money } from './money';

/** French spreadsheets expect `;` and a decimal comma; English ones `,` and a decimal point. */
const DIALECT: Record<Language, { separator: string; decimal: string }> = {
  fr: { separator: ';', decimal: ',' },
  en: { separator: ',', decimal: '.' },
};

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

/** Cents as a plain number with two decimals ("1234,56"), negative for a deduction; no currency sign, no grouping. */
export function csvAmount(cents: Money, lang: Language, deduction = false): string {
  // Digits, not division: the cents are the last two digits of the integer.
  const digits = String(cents).padStart(3, '0');
  return `${deduction && cents > 0 ? '-' : ''}${digits.slice(0, -2)}${DIALECT[lang].decimal}${digits.slice(-2)}`;
}

/**
 * One field, quoted when it holds the separator, a quote, a line break or edge spaces (RFC 4180).
 * Text that a spreadsheet would run as a formula (=, +, -, @) is prefixed with an apostrophe.
 */
export function csvField(value: string, lang: Language): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  const needsQuotes = safe.includes(DIALECT[lang].separator) || /["\r\n]/.test(safe) || safe.trim() !== safe;
  return needsQuotes ? `"${safe.replaceAll('"', '""')}"` : safe;
}

type Cell = string | { amount: Money; deduction?: boolean } | number;

function csvRow(cells: readonly Cell[], lang: Language): string {
  return cells
    .map((cell) => {
      if (typeof cell === 'number') return String(cell);
      if (typeof cell === 'string') return csvField(cell, lang);
      return csvAmount(cell.amount, lang, cell.deduction);
    })
    .join(DIALECT[lang].separator);
}

/** An amounts' column header with the currency its figures are in: « Montant HT (EUR) ». */
const inCurrency = (header: string, currency: string) => `${header} (${currency})`;

/**
 * How a tiered line's amount adds up, in one text cell: « unités 1 à 50 : 50 × 6,00 € = 300,00 € ; unités 51 à 500 : … ». A
 * row per tier would put its amount in the amount column, and a spreadsheet summing it would count the line twice.
 */
function tierBreakdown(line: DevisLine, devis: Devis): string {
  const { lang, wording: w } = devis;
  const amount = (cents: Money) => formatMoney(cents, lang);
  const colon = lang === 'fr' ? '\u00a0: ' : ': ';
  return line.tiers.map((tier) => (tier.kind === 'flatFee'
    ? `${w.tierFlatFee}${colon}${amount(tier.amount)}`
    : `${tier.reached ? w.tierReached : w.tierUnits(tier.firstUnit, tier.lastUnit)}${colon}${formatNumber(tier.units, lang)} × ${amount(tier.unitPrice)} = ${amount(tier.amount)}`))
    .join(lang === 'fr' ? '\u00a0; ' : '; ');
}

function lineRows(section: string, line: DevisLine, devis: Devis): Cell[] {
  const unitPrice: Cell = line.unitPrice === null ? devis.wording.tiered : { amount: line.unitPrice };
  return [section, line.description, line.vendor, line.quantity, line.unit, unitPrice, { amount: line.amount }, tierBreakdown(line, devis)];
}

/**
 * The customer's rows: under « Client », the company, then each detail, then what is still to complete; with no
 * company to print, « Client;À compléter : … » comes first, so the details never read as the seller's.
 */
function customerBlock(devis: Devis): Cell[][] {
  const details = devisCustomerRows(devis).map((row): Cell[] => [row.label, row.value]);
  if (devis.customerToComplete === null) return details;
  const toComplete: Cell[] = [devis.wording.customer, devis.customerToComplete];
  return devis.customer.company.trim() === '' ? [toComplete, ...details] : [...details, toComplete];
}

/**
 * The devis's lines and totals as CSV: UTF-8 with a byte-order mark (so Excel reads the accents),
 * CRLF line ends, `;` and decimal comma in French, `,` and decimal point in English. The heading as the PDF's (number,
 * dates, catalog revision); amounts are bare figures, so their columns' headers name the currency. The customer block as the
 * devis prints it, one labelled row per detail (a buyer matches the spreadsheet to a tender by its reference). Under the parties, one
 * row per warning of the devis, as the PDF has them: a reader of the spreadsheet alone sees them too.
 */
export function devisCsv(devis: Devis): string {
  const w = devis.wording;
  const c = w.columns;
  const rows: Cell[][] = [
    [w.number, devis.number],
    [w.issuedOn, devis.issuedOn],
    [w.validUntil(devis.validityDays), devis.validUntil],
    [w.catalogRevision, devis.catalogRevision],
    ...devisSellerRows(devis).map((row): Cell[] => [row.alone ?? row.label, row.value]),
    ...customerBlock(devis),
    // What the PDF prints in bold under the parties: illustrative prices, approval pending, rules broken.
    ...devis.warnings.map((warning): Cell[] => [w.warning, warning]),
    [],
    [c.section, c.description, c.vendor, c.quantity, c.unit, inCurrency(c.unitPrice, devis.currency), inCurrency(c.amount, devis.currency), w.tierBreakdown],
    ...devis.recurring.lines.map((l) => lineRows(w.recurringTitle, l, devis)),
    ...devis.oneTime.lines.map((l) => lineRows(w.oneTimeTitle, l, devis)),
    [],
    ...devisTotalSections(devis).flatMap((s) => s.rows.map((r): Cell[] => [s.title, r.label, '', '', '', '', { amount: r.amount, deduction: r.deduction }])),
  ];
  return BOM + rows.map((r) => csvRow(r, devis.lang)).join('\r\n') + '\r\n';
}
