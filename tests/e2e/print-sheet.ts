import { expect, type Page } from '@playwright/test';

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
