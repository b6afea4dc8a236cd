import type { Devis, DevisLine } from '../domain/devis-types';
import { formatNumber } from '../domain/locale-format';
import { devisMoney } from './devis-format';
import { SIZE } from './devis-pdf-page';
import type { Cell, PdfWriter } from './devis-pdf-writer';

/** Shares of the width for description, vendor, quantity, unit, unit price and amount. */
const COLUMNS = [0.275, 0.125, 0.09, 0.165, 0.185, 0.16];
/** Quantity, unit price and amount read right-aligned. */
const RIGHT_ALIGNED = new Set([2, 4, 5]);
/** White space between two columns, in points (none outside the first and the last). */
const GUTTER = 8;
/** How far a tier's text sits right of its line's description, in points. */
const TIER_INDENT = 8;

function column(pdf: PdfWriter, i: number, text: string, style: Partial<Cell> = {}): Cell {
  const start = COLUMNS.slice(0, i).reduce((a, b) => a + b, 0) * pdf.width + (i === 0 ? 0 : GUTTER / 2);
  const end = COLUMNS.slice(0, i + 1).reduce((a, b) => a + b, 0) * pdf.width - (i === COLUMNS.length - 1 ? 0 : GUTTER / 2);
  return { text, x: start, width: end - start, align: RIGHT_ALIGNED.has(i) ? 'right' : 'left', ...style };
}

function writeHeader(pdf: PdfWriter, devis: Devis): void {
  const c = devis.wording.columns;
  pdf.row([c.description, c.vendor, c.quantity, c.unit, c.unitPrice, c.amount].map((text, i) => column(pdf, i, text, { bold: true })));
  pdf.rule();
}

/** A line and, under it, how its tiers add up; the illustrative mark never goes to a line of its own. */
function writeLine(pdf: PdfWriter, devis: Devis, line: DevisLine): void {
  const money = (cents: number) => devisMoney(cents, devis.lang);
  pdf.row([
    column(pdf, 0, line.illustrative ? `${line.description}\u00A0*` : line.description), column(pdf, 1, line.vendor),
    column(pdf, 2, formatNumber(line.quantity, devis.lang)), column(pdf, 3, line.unit),
    column(pdf, 4, line.unitPrice === null ? devis.wording.tiered : money(line.unitPrice)), column(pdf, 5, money(line.amount)),
  ]);
  const soft = { soft: true };
  const detail = (text: string): Cell => {
    const cell = column(pdf, 0, text, soft);
    return { ...cell, x: cell.x + TIER_INDENT, width: cell.width - TIER_INDENT };
  };
  for (const tier of line.tiers) {
    if (tier.kind === 'flatFee') pdf.row([detail(devis.wording.tierFlatFee), column(pdf, 5, money(tier.amount), soft)]);
    else {
      pdf.row([
        detail(devis.wording.tierUnits(tier.firstUnit, tier.lastUnit)), column(pdf, 2, formatNumber(tier.units, devis.lang), soft),
        column(pdf, 4, money(tier.unitPrice), soft), column(pdf, 5, money(tier.amount), soft),
      ]);
    }
  }
}

/**
 * A table of lines under its title. The title never ends a page alone (it keeps the header and the first line with it),
 * a line never leaves its tiers, and a table going on to a new page repeats its header there.
 */
export function writeLines(pdf: PdfWriter, devis: Devis, title: string, lines: readonly DevisLine[], empty: string): void {
  const [first, ...rest] = lines;
  pdf.keepTogether(title, (p) => {
    p.paragraph(title, { bold: true, size: SIZE.section });
    p.gap(2);
    writeHeader(p, devis);
    if (first === undefined) p.paragraph(empty, { soft: true });
    else writeLine(p, devis, first);
    if (rest.length === 0) p.rule();
  });
  rest.forEach((line, i) => {
    const draw = (p: PdfWriter) => {
      writeLine(p, devis, line);
      if (i === rest.length - 1) p.rule();
    };
    if (!pdf.fits(pdf.measure(draw))) {
      pdf.newPage();
      writeHeader(pdf, devis);
    }
    draw(pdf);
  });
  pdf.gap(8);
}
