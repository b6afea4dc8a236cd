import type { Devis } from '../domain/devis-types';
import { SIZE } from './devis-pdf-page';
import type { PdfWriter } from './devis-pdf-writer';

/** Height of the empty box the customer signs in, in points (about 25 mm). */
const SIGNATURE_HEIGHT = 70;

function writeTerms(pdf: PdfWriter, devis: Devis): void {
  const w = devis.wording;
  pdf.paragraph(w.paymentTitle, { bold: true, size: SIZE.heading });
  for (const term of w.paymentTerms) pdf.paragraph(term);
  pdf.gap(6);
  pdf.paragraph(w.shareTitle, { bold: true, size: SIZE.heading });
  pdf.paragraph(w.shareHint);
  pdf.link(devis.shareLink);
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

/** Payment terms and the share link on the left (the wider: their sentences are the longer), the signature block on the right, as on the printed sheet. */
export function writeClosing(pdf: PdfWriter, devis: Devis): void {
  pdf.keepTogether('closing', (p) => {
    p.rule();
    p.gap(2);
    p.beside([(left) => writeTerms(left, devis), (right) => writeAcceptance(right, devis)], [3, 2]);
  });
}
