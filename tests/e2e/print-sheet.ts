import { expect, type Page } from '@playwright/test';
import { readPdfText } from '../domain/devis-pdf-text';
import { selectModule } from './configurator';

/**
 * The page as Chromium prints it (page.pdf() fires beforeprint and lays the page out for print), once the sheet's code
 * has run: its file fetched is not enough, the chunks it imports may still be on their way. `preferCSSPageSize`: at the
 * sheet's own page size (A4, from its @page rule, margins included).
 */
export async function printedPdf(page: Page, { preferCSSPageSize = false } = {}): Promise<Uint8Array> {
  await expect.poll(() => page.evaluate(() => {
    window.dispatchEvent(new Event('beforeprint'));
    const ready = document.querySelector('.devis-print-only') !== null;
    window.dispatchEvent(new Event('afterprint'));
    return ready;
  })).toBe(true);
  return new Uint8Array(await page.pdf({ format: 'A4', preferCSSPageSize }));
}

/** The printed pages read back as text (printedPdf). */
export const printedPages = async (page: Page, options: { preferCSSPageSize?: boolean } = {}): Promise<string[]> =>
  (await readPdfText(await printedPdf(page, options))).pages;

/** Chooses a quote too long for one printed page: 10 modules (the sheet holds 8 on one page, print-fit.spec.ts). */
export async function chooseLongQuote(page: Page): Promise<void> {
  for (const name of ['Alinto Messagerie Essentielle', 'Alinto Protect (filtrage de messagerie)', 'CryptPad Équipe', 'XWiki Base de connaissances', 'Outscale Machines virtuelles', 'Outscale Sauvegarde', 'WALLIX Bastion', 'Clever Cloud Cellar (stockage objet)', 'Jamespot Digital Workplace', 'Clever Cloud PostgreSQL']) {
    await selectModule(page, name);
  }
}
