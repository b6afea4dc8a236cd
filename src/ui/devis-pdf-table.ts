import type { Devis, DevisLine } from '../domain/devis-types';
import { formatNumber } from '../domain/locale-format';
import { devisMoney } from './devis-format';
import { SIZE } from './devis-pdf-page';
import type { Cell, PdfWriter } from './devis-pdf-writer';

/** Quantity, unit price and amount read right-aligned. */
const RIGHT_ALIGNED = new Set([2, 4, 5]);
/** White space between two columns, in points (none outside the first and the last). */
const GUTTER = 8;
/** How far a tier's text sits right of its line's description, in points. */
const TIER_INDENT = 8;
/** The description keeps at least this share of the width; the other columns share the rest as their words need. */
const DESCRIPTION_SHARE = 0.3;
/** Shares of what the figures leave for description, vendor and unit when their words do not fit their widths. */
const FALLBACK = { description: 0.48, vendor: 0.22, unit: 0.3 };

/** The columns of the line tables: left edges and widths, in points, the same for every table of a devis. */
export type Columns = readonly { x: number; width: number }[];

/** What each row of a line table prints in the vendor, quantity, unit, unit price and amount columns: its lines' and their tiers'. */
function tableCells(devis: Devis): string[][] {
  const money = (cents: number) => devisMoney(cents, devis.lang);
  const count = (n: number) => formatNumber(n, devis.lang);
  return [...devis.recurring.lines, ...devis.oneTime.lines].flatMap((l) => [
    [l.vendor, count(l.quantity), l.unit, l.unitPrice === null ? devis.wording.tiered : money(l.unitPrice), money(l.amount)],
    ...l.tiers.map((t) => (t.kind === 'flatFee' ? ['', '', '', '', money(t.amount)] : ['', count(t.units), '', money(t.unitPrice), money(t.amount)])),
  ]);
}

/**
 * Vendor, quantity, unit, unit price and amount as wide as their widest word (header in bold included, tiers' figures
 * too); the description takes the rest, so « Mise en service — CryptPad Entreprise » keeps to one line. Figures never
 * wrap: when the words do not fit, quantity, unit price and amount keep their widths and the other columns share the rest.
 */
export function lineColumns(pdf: PdfWriter, devis: Devis): Columns {
  const c = devis.wording.columns;
  const cells = tableCells(devis);
  // A header on one line if the description keeps its share, else on two (« Unit price » / « excl. VAT »), else broken
  // between all its words (English headers stood four lines high when every word had its own).
  const bold = (text: string) => pdf.textWidth(text, { bold: true });
  const headerWidth = (header: string, lines: 1 | 2 | 'words') => {
    const words = header.split(' ');
    if (lines === 1) return bold(header);
    if (lines === 'words') return Math.max(...words.map(bold));
    return Math.min(...words.map((_, k) => Math.max(bold(words.slice(0, k).join(' ')), bold(words.slice(k).join(' ')))));
  };
  const widest = (i: number, header: string, lines: 1 | 2 | 'words') => Math.max(headerWidth(header, lines), ...cells.map((row) => pdf.textWidth(row[i - 1] ?? '')));
  // One point more than measured: a cell exactly as wide as its text may still wrap on rounding.
  const needs = (lines: 1 | 2 | 'words') => [c.vendor, c.quantity, c.unit, c.unitPrice, c.amount].map((header, i) => widest(i + 1, header, lines) + GUTTER + 1);
  const withRest = (others: number[]) => {
    const rest = pdf.width - others.reduce((a, b) => a + b, 0);
    return rest >= DESCRIPTION_SHARE * pdf.width ? [rest, ...others] : null;
  };
  const widths = withRest(needs(1)) ?? withRest(needs(2)) ?? withRest(needs('words')) ?? figuresFirst(pdf.width, needs('words'));
  let x = 0;
  return widths.map((width, i) => {
    // The last column ends exactly at the frame's right edge, whatever the sums of floats before it.
    const placed = i === widths.length - 1 ? { x, width: pdf.width - x } : { x, width };
    x += width;
    return placed;
  });
}

/** Quantity, unit price and amount at the widths they need; description, vendor and unit share what they leave. */
function figuresFirst(width: number, [, quantity = 0, , unitPrice = 0, amount = 0]: number[]): number[] {
  const rest = Math.max(0, width - quantity - unitPrice - amount);
  return [FALLBACK.description * rest, FALLBACK.vendor * rest, quantity, FALLBACK.unit * rest, unitPrice, amount];
}

function column(columns: Columns, i: number, text: string, style: Partial<Cell> = {}): Cell {
  const { x, width } = columns[i] ?? { x: 0, width: 0 };
  const start = x + (i === 0 ? 0 : GUTTER / 2);
  const end = x + width - (i === columns.length - 1 ? 0 : GUTTER / 2);
  return { text, x: start, width: end - start, align: RIGHT_ALIGNED.has(i) ? 'right' : 'left', ...style };
}

/** A table's title and its columns' header. */
function writeHeader(pdf: PdfWriter, devis: Devis, columns: Columns, title: string): void {
  const c = devis.wording.columns;
  pdf.paragraph(title, { bold: true, size: SIZE.section });
  pdf.gap(2);
  pdf.row([c.description, c.vendor, c.quantity, c.unit, c.unitPrice, c.amount].map((text, i) => column(columns, i, text, { bold: true })));
  pdf.rule();
}

/** A line and, under it, how its tiers add up; the illustrative mark never goes to a line of its own. */
function writeLine(pdf: PdfWriter, devis: Devis, columns: Columns, line: DevisLine): void {
  const money = (cents: number) => devisMoney(cents, devis.lang);
  pdf.row([
    column(columns, 0, line.illustrative ? `${line.description}\u00A0*` : line.description), column(columns, 1, line.vendor),
    column(columns, 2, formatNumber(line.quantity, devis.lang)), column(columns, 3, line.unit),
    column(columns, 4, line.unitPrice === null ? devis.wording.tiered : money(line.unitPrice)), column(columns, 5, money(line.amount)),
  ]);
  const soft = { soft: true };
  const detail = (text: string): Cell => {
    const cell = column(columns, 0, text, soft);
    return { ...cell, x: cell.x + TIER_INDENT, width: cell.width - TIER_INDENT };
  };
  for (const tier of line.tiers) {
    if (tier.kind === 'flatFee') pdf.row([detail(devis.wording.tierFlatFee), column(columns, 5, money(tier.amount), soft)]);
    else {
      pdf.row([
        detail(tier.reached ? devis.wording.tierReached : devis.wording.tierUnits(tier.firstUnit, tier.lastUnit)), column(columns, 2, formatNumber(tier.units, devis.lang), soft),
        column(columns, 4, money(tier.unitPrice), soft), column(columns, 5, money(tier.amount), soft),
      ]);
    }
  }
}

/**
 * A table of lines under its title. The title never ends a page alone (it keeps the header and the first line with it),
 * a line never leaves its tiers, and a table going on to a new page repeats there its title, marked continued, and header.
 */
export function writeLines(pdf: PdfWriter, devis: Devis, columns: Columns, title: string, lines: readonly DevisLine[], empty: string): void {
  const [first, ...rest] = lines;
  pdf.keepTogether(title, (p) => {
    writeHeader(p, devis, columns, title);
    if (first === undefined) p.paragraph(empty, { soft: true });
    else writeLine(p, devis, columns, first);
    if (rest.length === 0) p.rule();
  });
  rest.forEach((line, i) => {
    const draw = (p: PdfWriter) => {
      writeLine(p, devis, columns, line);
      if (i === rest.length - 1) p.rule();
    };
    if (!pdf.fits(pdf.measure(draw))) {
      pdf.newPage();
      writeHeader(pdf, devis, columns, devis.wording.continued(title));
    }
    draw(pdf);
  });
  pdf.gap(8);
}
