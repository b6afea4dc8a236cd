import type { Devis } from '../domain/devis-types';
import { SIZE } from './devis-pdf-page';
import type { PdfWriter } from './devis-pdf-writer';

/** Height of the empty box the customer signs in, in points (about 25 mm). */
const SIGNATURE_HEIGHT = 70;

function writeShare(pdf: PdfWriter, devis: Devis): void {
  const w = devis.wording;
  pdf.paragraph(w.shareTitle, { bold: true, size: SIZE.heading });
  pdf.paragraph(w.shareHint);
  pdf.link(devis.shareLink);
}

function writeTerms(pdf: PdfWriter, devis: Devis): void {
  const w = devis.wording;
  pdf.paragraph(w.paymentTitle, { bold: true, size: SIZE.heading });
  for (const term of w.paymentTerms) pdf.paragraph(term);
}

/** « Bon pour accord », what the signatory writes, and the box to sign in: one block, never split across pages. */
function writeAcceptance(pdf: PdfWriter, devis: Devis): void {
  const w = devis.wording;
  pdf.keepTogether('acceptance', (p) => {
    p.paragraph(w.acceptanceTitle, { bold: true, size: SIZE.section });
    for (const line of w.acceptanceLines) p.paragraph(line);
    p.gap(4);
    p.box(SIGNATURE_HEIGHT);
  });
}

/** Columns of the closing: payment terms on the left (the wider: their sentences are the longer), the signature block on the right. */
const CLOSING_COLUMNS = [3, 2];

/**
 * Payment terms and the share link on the left, the signature block on the right. A link that even at its smallest
 * size does not hold on one line of that column goes across the page first, as on the printed sheet, so that it
 * copies whole (QA: links of 95 and 110 characters, from bundles of 13 and 16 modules, were cut in two); a shorter
 * one stays in the column, which keeps the closing lower (a 5-module devis on one page).
 */
export function writeClosing(pdf: PdfWriter, devis: Devis): void {
  pdf.keepTogether('closing', (p) => {
    p.rule();
    p.gap(2);
    const [termsWidth = 0] = p.columnWidths(CLOSING_COLUMNS);
    const across = !p.linkFits(devis.shareLink, termsWidth);
    if (across) {
      writeShare(p, devis);
      p.gap(6);
    }
    const left = (column: PdfWriter) => {
      writeTerms(column, devis);
      if (across) return;
      column.gap(6);
      writeShare(column, devis);
    };
    p.beside([left, (right) => writeAcceptance(right, devis)], CLOSING_COLUMNS);
  });
}
