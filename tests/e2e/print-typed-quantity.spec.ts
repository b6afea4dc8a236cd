import { expect, test, type Page } from '@playwright/test';
import { readPdfText } from '../domain/devis-pdf-text';
import { moduleCard, openConfigurator, selectModule, totalCents } from './configurator';

/**
 * The page with its clock standing still (the 0.4 s pause after typing never ends unless told) and the print sheet's code
 * run, so that a print lays out the devis.
 */
async function openWithPrintSheet(page: Page): Promise<void> {
  await page.clock.install();
  // Listened for from the start: on a loaded machine the page can be idle, and fetch it, before the module is chosen.
  const sheetCode = page.waitForResponse((r) => /\/devis-print-sheet-[\w-]+\.js$/.test(new URL(r.url()).pathname));
  await openConfigurator(page);
  await page.clock.runFor(3000); // the print sheet's code is fetched once the page is idle
  // Its response is no proof the page can use it yet: importing it here resolves once it has run (a print too soon has no devis heading).
  await page.evaluate((url) => import(url).then(() => undefined), (await sheetCode).url());
}

/** Chromium lays a PDF out as a print: beforeprint, print media, afterprint. The devis's text. */
async function printedText(page: Page): Promise<string> {
  const text = (await readPdfText(new Uint8Array(await page.pdf({ format: 'A4' })))).pages.join('\n');
  expect(text).toMatch(/Devis n° CN-\d{8}-[0-9A-F]{8}/);
  return text;
}

test('a quantity typed just before printing is the one printed, though its pause after typing has not ended', async ({ page }) => {
  await openWithPrintSheet(page);
  await selectModule(page, 'Alinto Messagerie Essentielle');
  const before = await totalCents(page, 'monthlyNet');
  await moduleCard(page, 'alinto-mail-essential').getByRole('spinbutton').fill('1000');
  expect(await totalCents(page, 'monthlyNet')).toBe(before); // still waiting for the pause

  const text = await printedText(page);
  expect(text).toContain('1 000 utilisateurs');
  expect(text).not.toContain('25 utilisateurs');
  expect(await totalCents(page, 'monthlyNet')).toBeGreaterThan(before);
});

test('QA: so is a quantity typed in a card shown again after a search, whose field came after the print host', async ({ page }) => {
  await openWithPrintSheet(page);
  await selectModule(page, 'CryptPad Équipe');
  // The search hides the card, and clearing it shows it again: a new field, its listeners added after the print host's.
  const search = page.getByLabel('Rechercher un module');
  await search.fill('zzzz');
  await page.clock.runFor(500);
  await expect(moduleCard(page, 'cryptpad-team')).toHaveCount(0);
  await search.fill('');
  await page.clock.runFor(500);
  await moduleCard(page, 'cryptpad-team').getByRole('spinbutton').fill('77');

  const text = await printedText(page);
  expect(text).toContain('77 utilisateurs');
  expect(text).not.toContain('25 utilisateurs');
});

test('QA: so is a negotiated discount typed just before printing, though the sales tools load after the print host', async ({ page }) => {
  await openWithPrintSheet(page);
  await selectModule(page, 'Alinto Messagerie Business');
  await page.getByLabel('Mode commercial').check();
  const discount = page.getByLabel('Remise commerciale (%)');
  await discount.fill('25');
  await discount.press('Enter');
  await discount.fill('5');

  const text = await printedText(page);
  expect(text).toMatch(/Remise commerciale \(5 %\)/);
  expect(text).not.toMatch(/Remise commerciale \(25 %\)/);
});
