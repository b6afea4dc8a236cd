import type { Devis } from '../domain/devis-types';
import { devisTotalSections, type DevisTotalSection } from '../domain/devis-rows';
import { devisMoney, formatCalendarDate, labelled, partyLines } from './devis-format';
import { SIZE } from './devis-pdf-page';
import type { PdfWriter } from './devis-pdf-writer';

/** White space between a total's label and its amount, in points. */
const GUTTER = 8;

/** « Devis » on the left; its number, dates and catalog revision on the right. */
export function writeHeading(pdf: PdfWriter, devis: Devis): void {
  const w = devis.wording;
  const date = (d: string) => formatCalendarDate(d, devis.lang);
  const right = (p: PdfWriter, text: string, style: { bold?: boolean; soft?: boolean; size?: number } = {}) =>
    p.row([{ text, x: 0, width: p.width, align: 'right', ...style }]);
  pdf.beside([
    (p) => p.paragraph(w.title, { size: SIZE.title, bold: true }),
    (p) => {
      right(p, `${w.number} ${devis.number}`, { bold: true, size: SIZE.section });
      right(p, labelled(w.issuedOn, date(devis.issuedOn), devis.lang));
      right(p, `${w.validUntil(devis.validityDays)} ${date(devis.validUntil)}`);
      right(p, `${w.catalogRevision} ${devis.catalogRevision}`, { soft: true });
    },
  ]);
  pdf.gap(8);
}

/** Seller and customer side by side, without the fields left empty; « to be completed » under the customer while some are. */
export function writeParties(pdf: PdfWriter, devis: Devis): void {
  const w = devis.wording;
  const lines = partyLines(devis);
  const party = (title: string, lines: string[]) => (p: PdfWriter) => {
    p.paragraph(title, { bold: true, size: SIZE.heading });
    p.paragraph(lines.join('\n'));
  };
  pdf.beside([party(w.seller, lines.seller), party(w.customer, lines.customer)]);
  pdf.gap(8);
}

/** A section of totals: labels on the left, amounts in a column as wide as its widest amount, so none ever wraps. */
function writeTotalSection(pdf: PdfWriter, devis: Devis, section: DevisTotalSection): void {
  const rows = section.rows.map((row) => ({ row, amount: devisMoney(row.amount, devis.lang, row.deduction) }));
  // One point more than measured: a cell exactly as wide as its text may still wrap on rounding.
  const width = Math.max(0, ...rows.map(({ row, amount }) => pdf.textWidth(amount, { bold: row.strong }))) + 1;
  pdf.paragraph(section.title, { bold: true, size: SIZE.heading });
  for (const { row, amount } of rows) {
    pdf.row([
      { text: row.label, x: 0, width: pdf.width - width - GUTTER, bold: row.strong },
      { text: amount, x: pdf.width - width, width, align: 'right', bold: row.strong },
    ]);
  }
}

/**
 * The monthly totals and the set-up totals side by side, the commitment's under them across the page (its labels are
 * the longest), and the illustrative prices' footnote: all on one page, each label on one line.
 */
export function writeTotals(pdf: PdfWriter, devis: Devis): void {
  const [monthly, setup, ...others] = devisTotalSections(devis);
  const illustrative = [...devis.recurring.lines, ...devis.oneTime.lines].some((l) => l.illustrative);
  const section = (s: DevisTotalSection | undefined) => (p: PdfWriter) => {
    if (s) writeTotalSection(p, devis, s);
  };
  pdf.keepTogether('totals', (p) => {
    p.beside([section(monthly), section(setup)], [11, 9]);
    for (const other of others) {
      p.gap(6);
      writeTotalSection(p, devis, other);
    }
    if (illustrative) {
      p.gap(4);
      p.paragraph(devis.wording.illustrativeMark, { soft: true });
    }
  });
  pdf.gap(8);
}
