import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { Devis } from '../domain/devis-types';
import { devisFooterLabel } from './devis-format';
import { writeClosing } from './devis-pdf-closing';
import { writeHeading, writeParties, writeTotals } from './devis-pdf-sections';
import { lineColumns, writeLines } from './devis-pdf-table';
import { PdfWriter, type Density, type Placement } from './devis-pdf-writer';

interface LaidOut {
  doc: PDFDocument;
  placed: readonly Placement[];
  density: Density;
}

/**
 * The devis laid out on A4 pages, and where its blocks kept whole landed (tests check the signature
 * block with it): set normally, or compactly when that saves a page (a devis that would leave its
 * payment terms and signature alone on a second page).
 */
export async function layOutDevisPdf(devis: Devis): Promise<LaidOut> {
  const normal = await layOutDevisPdfAt(devis, 'normal');
  if (normal.doc.getPageCount() === 1) return normal;
  const compact = await layOutDevisPdfAt(devis, 'compact');
  return compact.doc.getPageCount() < normal.doc.getPageCount() ? compact : normal;
}

/** The devis laid out at one density. */
export async function layOutDevisPdfAt(devis: Devis, density: Density): Promise<LaidOut> {
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
  const pdf = new PdfWriter(doc, { regular: await doc.embedFont(StandardFonts.Helvetica), bold: await doc.embedFont(StandardFonts.HelveticaBold) }, density);

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
  return { doc, placed: pdf.placed, density };
}

/**
 * The devis as a PDF, built with pdf-lib and its standard fonts (nothing fetched, nothing
 * embedded from outside). Loaded only through `import()` when a document is asked for.
 * The same devis always gives the same bytes: dates inside the file are the issue date.
 */
export async function renderDevisPdf(devis: Devis): Promise<Uint8Array> {
  return (await layOutDevisPdf(devis)).doc.save();
}
