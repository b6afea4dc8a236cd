import { PDFDocument } from 'pdf-lib';
import type { Devis } from '../domain/devis-types';
import { devisFooterLabel } from './devis-format';
import { devisFonts, fetchWideFonts, type WideFontFiles } from './devis-pdf-fonts';
import { writeClosing } from './devis-pdf-closing';
import { writeHeading, writeParties, writeTotals } from './devis-pdf-sections';
import { lineColumns, writeLines } from './devis-pdf-table';
import { PdfWriter, type Density, type Placement } from './devis-pdf-writer';

interface LaidOut {
  doc: PDFDocument;
  placed: readonly Placement[];
  density: Density;
  /** The characters of the devis neither font prints (Arabic, Chinese, an emoji): « ? » in the file. */
  unprintable: readonly string[];
}

/**
 * The devis laid out on A4 pages, and where its blocks kept whole landed (tests check the signature
 * block with it): set normally, or compactly when that saves a page (a devis that would leave its
 * payment terms and signature alone on a second page).
 */
export async function layOutDevisPdf(devis: Devis, wide: WideFontFiles = fetchWideFonts): Promise<LaidOut> {
  const normal = await layOutDevisPdfAt(devis, 'normal', wide);
  if (normal.doc.getPageCount() === 1) return normal;
  const compact = await layOutDevisPdfAt(devis, 'compact', wide);
  return compact.doc.getPageCount() < normal.doc.getPageCount() ? compact : normal;
}

/** The devis laid out at one density. */
export async function layOutDevisPdfAt(devis: Devis, density: Density, wide: WideFontFiles = fetchWideFonts): Promise<LaidOut> {
  const doc = await PDFDocument.create();
  const w = devis.wording;
  const issued = new Date(`${devis.issuedOn}T12:00:00Z`);
  doc.setTitle(`${w.title} ${devis.number}`);
  doc.setAuthor(devis.seller.name);
  doc.setSubject(devis.customer.company);
  doc.setLanguage(devis.lang === 'fr' ? 'fr-FR' : 'en-GB');
  doc.setCreator('CollabNext');
  doc.setProducer('CollabNext configurator (pdf-lib)');
  doc.setCreationDate(issued);
  doc.setModificationDate(issued);
  // Every text of the devis (its wording's functions aside) decides the fonts: the customer's details above all.
  const text = JSON.stringify(devis);
  const pdf = new PdfWriter(doc, await devisFonts(doc, text, wide), density);

  writeHeading(pdf, devis);
  writeParties(pdf, devis);
  for (const warning of devis.warnings) pdf.paragraph(warning, { bold: true });
  pdf.gap(8);
  const columns = lineColumns(pdf, devis);
  writeLines(pdf, devis, columns, w.recurringTitle, devis.recurring.lines, '');
  writeLines(pdf, devis, columns, w.oneTimeTitle, devis.oneTime.lines, w.noOneTime);
  writeTotals(pdf, devis);
  writeClosing(pdf, devis);
  pdf.footers((page, pages) => `${devisFooterLabel(devis)} — ${w.page(page, pages)}`);
  return { doc, placed: pdf.placed, density, unprintable: pdf.missing(text) };
}

/**
 * The devis as a PDF, built with pdf-lib: its standard fonts, or for a text they cannot print the wide font from the
 * app's own folder (devis-pdf-fonts). Loaded only through `import()` when a document is asked for.
 * The same devis always gives the same bytes: dates inside the file are the issue date.
 */
export async function renderDevisPdf(devis: Devis, wide: WideFontFiles = fetchWideFonts): Promise<Uint8Array> {
  return (await devisPdfFile(devis, wide)).bytes;
}

/** The PDF's bytes, and the characters of the devis it prints as « ? » (for the page to say so). */
export async function devisPdfFile(devis: Devis, wide: WideFontFiles = fetchWideFonts): Promise<{ bytes: Uint8Array; unprintable: readonly string[] }> {
  const laidOut = await layOutDevisPdf(devis, wide);
  return { bytes: await laidOut.doc.save(), unprintable: laidOut.unprintable };
}
