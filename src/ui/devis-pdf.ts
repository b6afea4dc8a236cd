import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { Devis } from '../domain/devis-types';
import { writeClosing } from './devis-pdf-closing';
import { writeHeading, writeParties, writeTotals } from './devis-pdf-sections';
import { writeLines } from './devis-pdf-table';
import { PdfWriter, type Placement } from './devis-pdf-writer';

/** The devis laid out on A4 pages, and where its blocks kept whole landed (tests check the signature block with it). */
export async function layOutDevisPdf(devis: Devis): Promise<{ doc: PDFDocument; placed: readonly Placement[] }> {
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
  const pdf = new PdfWriter(doc, { regular: await doc.embedFont(StandardFonts.Helvetica), bold: await doc.embedFont(StandardFonts.HelveticaBold) });

  writeHeading(pdf, devis);
  writeParties(pdf, devis);
  for (const warning of devis.warnings) pdf.paragraph(warning, { bold: true });
  pdf.gap(8);
  writeLines(pdf, devis, w.recurringTitle, devis.recurring.lines, '');
  writeLines(pdf, devis, w.oneTimeTitle, devis.oneTime.lines, w.noOneTime);
  writeTotals(pdf, devis);
  writeClosing(pdf, devis);
  pdf.footers((page, pages) => `${w.number} ${devis.number} — ${devis.seller.name} — ${w.page(page, pages)}`);
  return { doc, placed: pdf.placed };
}

/**
 * The devis as a PDF, built with pdf-lib and its standard fonts (nothing fetched, nothing
 * embedded from outside). Loaded only through `import()` when a document is asked for.
 * The same devis always gives the same bytes: dates inside the file are the issue date.
 */
export async function renderDevisPdf(devis: Devis): Promise<Uint8Array> {
  return (await layOutDevisPdf(devis)).doc.save();
}
