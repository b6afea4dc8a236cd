import type { Devis, DevisLine } from '../domain/devis-types';
import { devisTotalSections } from '../domain/devis-rows';
import { formatNumber } from '../domain/locale-format';
import { devisMoney, formatCalendarDate, labelled } from './devis-format';
import { CONTENT_WIDTH, PAGE, type Cell, type PdfWriter } from './devis-pdf-writer';

const HALF = CONTENT_WIDTH / 2;
const LEFT = PAGE.margin;
const RIGHT = PAGE.margin + HALF + 10;

/** Column positions of the lines table: description, vendor, quantity, unit, unit price, amount. */
const COLUMNS = [170, 80, 48, 77, 70, 70];
const columnX = COLUMNS.map((_, i) => LEFT + COLUMNS.slice(0, i).reduce((a, b) => a + b, 0));
const column = (i: number, text: string, style: Partial<Cell> = {}): Cell => ({ text, x: columnX[i] ?? LEFT, width: (COLUMNS[i] ?? 60) - 6, size: 8.5, ...style });

export function writeHeading(pdf: PdfWriter, devis: Devis): void {
  const w = devis.wording;
  const date = (d: string) => formatCalendarDate(d, devis.lang);
  pdf.row([
    { text: w.title, x: LEFT, width: HALF, size: 22, bold: true },
    { text: `${w.number} ${devis.number}`, x: RIGHT, width: HALF - 10, size: 11, bold: true, align: 'right' },
  ]);
  pdf.row([{ text: labelled(w.issuedOn, date(devis.issuedOn), devis.lang), x: RIGHT, width: HALF - 10, align: 'right' }]);
  pdf.row([{ text: `${w.validUntil(devis.validityDays)} ${date(devis.validUntil)}`, x: RIGHT, width: HALF - 10, align: 'right' }]);
  pdf.row([{ text: `${w.catalogRevision} ${devis.catalogRevision}`, x: RIGHT, width: HALF - 10, align: 'right', soft: true }]);
  pdf.gap(10);
}

export function writeParties(pdf: PdfWriter, devis: Devis): void {
  const w = devis.wording;
  const { seller, customer } = devis;
  const f = w.customerFields;
  const l = (label: string, value: string) => (value.trim() === '' ? '' : labelled(label, value, devis.lang));
  const sellerLines = [seller.name, seller.address, l(w.siren, seller.siren), l(w.vatNumber, seller.vatNumber), l(w.email, seller.email)];
  const customerLines = [
    customer.company, customer.address, l(f.siret, customer.siret), l(f.vatNumber, customer.vatNumber), l(f.contactName, customer.contactName),
    l(f.email, customer.email), l(f.phone, customer.phone), l(f.reference, customer.reference), devis.customerToComplete ?? '',
  ].filter((line) => line.trim() !== '');
  pdf.row([{ text: w.seller, x: LEFT, width: HALF, bold: true, size: 10 }, { text: w.customer, x: RIGHT, width: HALF - 10, bold: true, size: 10 }]);
  pdf.row([{ text: sellerLines.join('\n'), x: LEFT, width: HALF - 10 }, { text: customerLines.join('\n'), x: RIGHT, width: HALF - 10 }]);
  pdf.gap(10);
}

function writeLine(pdf: PdfWriter, devis: Devis, line: DevisLine): void {
  const money = (cents: number) => devisMoney(cents, devis.lang);
  pdf.row([
    column(0, line.illustrative ? `${line.description} *` : line.description), column(1, line.vendor),
    column(2, formatNumber(line.quantity, devis.lang), { align: 'right' }), column(3, line.unit),
    column(4, line.unitPrice === null ? devis.wording.tiered : money(line.unitPrice), { align: 'right' }),
    column(5, money(line.amount), { align: 'right' }),
  ]);
  for (const tier of line.tiers) {
    const soft = { soft: true, size: 7.5 };
    if (tier.kind === 'flatFee') pdf.row([column(0, `  ${devis.wording.tierFlatFee}`, soft), column(5, money(tier.amount), { ...soft, align: 'right' })]);
    else {
      pdf.row([
        column(0, `  ${devis.wording.tierUnits(tier.firstUnit, tier.lastUnit)}`, soft), column(2, formatNumber(tier.units, devis.lang), { ...soft, align: 'right' }),
        column(4, money(tier.unitPrice), { ...soft, align: 'right' }), column(5, money(tier.amount), { ...soft, align: 'right' }),
      ]);
    }
  }
}

export function writeLines(pdf: PdfWriter, devis: Devis, title: string, lines: readonly DevisLine[], empty: string): void {
  const c = devis.wording.columns;
  pdf.ensure(60);
  pdf.paragraph(title, { bold: true, size: 11 });
  pdf.gap(4);
  pdf.row([c.description, c.vendor, c.quantity, c.unit, c.unitPrice, c.amount].map((text, i) => column(i, text, { bold: true, align: i === 2 || i >= 4 ? 'right' : 'left' })));
  pdf.rule();
  if (lines.length === 0) pdf.paragraph(empty, { soft: true });
  for (const line of lines) writeLine(pdf, devis, line);
  pdf.rule();
  pdf.gap(8);
}

export function writeTotals(pdf: PdfWriter, devis: Devis): void {
  for (const section of devisTotalSections(devis)) {
    pdf.ensure(20 + section.rows.length * 13);
    pdf.paragraph(section.title, { bold: true, size: 10 });
    for (const row of section.rows) {
      pdf.row([
        { text: row.label, x: LEFT + 150, width: CONTENT_WIDTH - 250, bold: row.strong },
        { text: devisMoney(row.amount, devis.lang, row.deduction), x: LEFT + CONTENT_WIDTH - 95, width: 95, align: 'right', bold: row.strong },
      ]);
    }
    pdf.gap(8);
  }
}
