import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { Devis } from '../domain/devis-types';
import { writeHeading, writeLines, writeParties, writeTotals } from './devis-pdf-sections';
import { PdfWriter } from './devis-pdf-writer';

/**
 * The devis as a PDF, built with pdf-lib and its standard fonts (nothing fetched, nothing
 * embedded from outside). Loaded only through `import()` when a document is asked for.
 * The same devis always gives the same bytes: dates inside the file are the issue date.
 */
export async function renderDevisPdf(devis: Devis): Promise<Uint8Array> {
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
  for (const warning of devis.warnings) pdf.paragraph(warning, { bold: true, size: 8.5 });
  pdf.gap(10);
  writeLines(pdf, devis, w.recurringTitle, devis.recurring.lines, '');
  writeLines(pdf, devis, w.oneTimeTitle, devis.oneTime.lines, w.noOneTime);
  writeTotals(pdf, devis);
  if ([...devis.recurring.lines, ...devis.oneTime.lines].some((l) => l.illustrative)) pdf.paragraph(w.illustrativeMark, { soft: true, size: 8 });
  pdf.gap(6);

  pdf.ensure(70);
  pdf.paragraph(w.paymentTitle, { bold: true, size: 10 });
  for (const term of w.paymentTerms) pdf.paragraph(term, { size: 8.5 });
  pdf.gap(8);
  pdf.ensure(50);
  pdf.paragraph(w.shareTitle, { bold: true, size: 10 });
  pdf.paragraph(w.shareHint, { size: 8.5 });
  pdf.paragraph(devis.shareLink, { size: 8 });
  pdf.gap(10);

  pdf.ensure(140);
  pdf.paragraph(w.acceptanceTitle, { bold: true, size: 11 });
  for (const line of w.acceptanceLines) pdf.paragraph(line, { size: 8.5 });
  pdf.gap(4);
  pdf.box(80);
  pdf.footers((page, pages) => `${w.number} ${devis.number} — ${devis.seller.name} — ${w.page(page, pages)}`);
  return doc.save();
}
