import { expect, test } from '@playwright/test';
import { readPdfText } from '../domain/devis-pdf-text';
import { moduleCard, openConfigurator, selectModule, totalCents } from './configurator';

test('a quantity typed just before printing is the one printed, though its pause after typing has not ended', async ({ page }) => {
  // The page's clock stands still unless told: the 0.4 s pause after typing never ends during this test.
  await page.clock.install();
  // Listened for from the start: on a loaded machine the page can be idle, and fetch it, before the module is chosen.
  const sheetCode = page.waitForResponse((r) => /\/devis-print-sheet-[\w-]+\.js$/.test(new URL(r.url()).pathname));
  await openConfigurator(page);
  await selectModule(page, 'Alinto Messagerie Essentielle');
  await page.clock.runFor(3000); // the print sheet's code is fetched once the page is idle
  // Its response is no proof the page can use it yet: importing it here resolves once it has run (a print too soon has no devis heading).
  await page.evaluate((url) => import(url).then(() => undefined), (await sheetCode).url());
  const before = await totalCents(page, 'monthlyNet');
  await moduleCard(page, 'alinto-mail-essential').getByRole('spinbutton').fill('1000');
  expect(await totalCents(page, 'monthlyNet')).toBe(before); // still waiting for the pause

  // Chromium lays a PDF out as a print: beforeprint, print media, afterprint.
  const text = (await readPdfText(new Uint8Array(await page.pdf({ format: 'A4' })))).pages.join('\n');
  expect(text).toMatch(/Devis n° CN-\d{8}-[0-9A-F]{8}/);
  expect(text).toContain('1 000 utilisateurs');
  expect(text).not.toContain('25 utilisateurs');
  expect(await totalCents(page, 'monthlyNet')).toBeGreaterThan(before);
});
