import type { Devis } from '../domain/devis-types';
import { devisFooterLabel } from './devis-format';

/** A text as a CSS string: quotes and backslashes escaped, a line break as \A. */
const cssString = (text: string) => `"${text.replace(/[\\"]/g, '\\$&').replace(/\r?\n/g, '\\A ')}"`;

/**
 * The foot of every printed page, as on the PDF: the devis number and seller on the left, « Page n / N » on the
 * right, in the page's margin boxes (Chromium lays them out, and counts the pages). A style element, since the
 * number is known only once the sheet is rendered; it leaves with the sheet after the print.
 */
export function DevisPrintFooter({ devis }: { devis: Devis }) {
  const { before, between } = devis.wording.pageCounter;
  const css = `@media print { @page {
    @bottom-left { content: ${cssString(devisFooterLabel(devis))}; }
    @bottom-right { content: ${cssString(before)} counter(page) ${cssString(between)} counter(pages); }
  } }`;
  return <style data-devis-print-footer="">{css}</style>;
}
