import { expect, test, type Page, type Route } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { plainSpaces, readPdfText } from '../domain/devis-pdf-text';
import { openConfigurator, selectModule } from './configurator';
import { chooseLongQuote, printedPages } from './print-sheet';

const SHEET_CODE = /\/devis-print-sheet-[\w-]+\.js$/;

/** The monthly net as the quote panel shows it, e.g. « 1 234,56 € ». */
const monthlyNetOnScreen = async (page: Page) => plainSpaces((await page.locator('[data-total="monthlyNet"]').first().textContent()) ?? '').trim();

/** A customer block filled in whole (every detail accepted), as a seller would before sending. */
const FULL_CUSTOMER = {
  'Raison sociale': 'Société Générale d’Exemple SA', 'SIREN ou SIRET': '732 829 320', 'Numéro de TVA intracommunautaire (facultatif)': 'FR44732829320',
  'Nom du contact': 'Élodie Martin', 'Adresse e-mail': 'elodie.martin@example.fr', 'Téléphone (facultatif)': '06 12 34 56 78',
  'Adresse postale': '12 rue de la Paix\n75002 Paris', 'Référence client (facultatif)': 'AO-2026-117',
};

test('Ctrl+P prints one devis sheet: the PDF has the devis heading, the customer, the monthly total shown on screen and the legal mentions; the page has no sheet before or after', async ({ page }) => {
  const sheetCode = page.waitForResponse((r) => SHEET_CODE.test(new URL(r.url()).pathname));
  await openConfigurator(page);
  await selectModule(page, 'Alinto Messagerie Essentielle');
  await selectModule(page, 'CryptPad Équipe');
  await selectModule(page, 'Outscale Machines virtuelles');
  await page.getByLabel('Raison sociale').fill('Métropole de Lyon');
  await sheetCode; // fetched on its own once the page is idle, no print needed
  const monthly = await monthlyNetOnScreen(page);
  expect(monthly).toMatch(/^\d[\d ]*,\d\d €$/);
  await expect(page.locator('.devis-print-only')).toHaveCount(0);

  // Chromium lays a PDF out as a print: beforeprint, print media, afterprint.
  const text = (await readPdfText(new Uint8Array(await page.pdf({ format: 'A4' })))).pages.join('\n');
  const number = /Devis n° (CN-\d{8}-[0-9A-F]{8})/.exec(text)?.[1];
  expect(number, text).toBeDefined();
  for (const mention of ['Devis', 'Date d’émission', 'Vendeur', 'Client', 'Métropole de Lyon', 'Alinto Messagerie Essentielle', monthly, 'Conditions de paiement', 'Bon pour accord']) {
    expect(text, mention).toContain(mention);
  }
  // the heading, then the quote, then the mentions; the configurator's controls are not printed
  expect(text.indexOf('Métropole de Lyon')).toBeLessThan(text.indexOf(monthly));
  expect(text.indexOf(monthly)).toBeLessThan(text.indexOf('Bon pour accord'));
  for (const control of ['Imprimer le devis', 'Exporter en CSV', 'Raison sociale']) expect(text, control).not.toContain(control);
  await expect(page.locator('.devis-print-only')).toHaveCount(0);

  // the same number as the downloaded devis (same bundle, same day, same revision)
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger le devis (PDF)' }).click()]);
  expect(download.suggestedFilename()).toBe(`devis-${number}.pdf`);
});

/** What only the screen needs: sharing, its privacy note, and the tier-detail toggles. */
const SCREEN_ONLY = ['Partager ce devis', 'Inclure les coordonnées du client', 'Un lien ne contient aucune donnée personnelle', 'Détail des paliers', 'Mode commercial'];


test('a 3-module quote prints on one A4 page, « Bon pour accord » and its box included, without the screen-only controls', async ({ page }) => {
  await openConfigurator(page);
  await selectModule(page, 'Alinto Messagerie Essentielle');
  await selectModule(page, 'Outscale Machines virtuelles');
  await selectModule(page, 'WALLIX Bastion');
  await page.getByLabel('Raison sociale').fill('Métropole de Lyon');
  await expect(page.locator('[data-module]:has(input:checked)')).toHaveCount(3);
  // on screen: sharing and a tier toggle (WALLIX Bastion is priced by tiers)
  await expect(page.getByText('Partager ce devis')).toBeVisible();
  await expect(page.getByText('Détail des paliers').first()).toBeVisible();

  const pages = await printedPages(page);
  expect(pages, pages.join('\n=== page break ===\n')).toHaveLength(1);
  const [text = ''] = pages;
  for (const mention of ['Métropole de Lyon', 'WALLIX Bastion', 'Conditions de paiement', 'Bon pour accord', 'signature précédée de la mention manuscrite']) expect(text, mention).toContain(mention);
  for (const control of SCREEN_ONLY) expect(text, control).not.toContain(control);
});

test('a long quote breaks across pages but never leaves « Bon pour accord » or its signature box alone on a page', async ({ page }) => {
  await openConfigurator(page);
  await chooseLongQuote(page);
  const pages = await printedPages(page);
  const all = pages.join('\n=== page break ===\n');
  expect(pages.length, all).toBeGreaterThan(1);
  expect(pages.length, all).toBeLessThanOrEqual(2);
  // every page has text (the signature box alone on a page has none), and the acceptance block is whole on the last page
  for (const text of pages) expect(text.trim(), all).not.toBe('');
  // The discounts end with the net they come to, on the page that lists them (QA: page 2 listed them without it).
  const title = /du prix catalogue au net/i; // upper case on paper, as the section titles are on screen
  const discounts = pages.find((text) => title.test(text)) ?? '';
  const net = await monthlyNetOnScreen(page);
  const afterTitle = discounts.slice(discounts.search(title));
  expect(afterTitle, all).toMatch(/Remise multi-tiroirs[^]*Total mensuel HT/);
  expect(afterTitle.slice(afterTitle.indexOf('Total mensuel HT')), all).toMatch(new RegExp(`^Total mensuel HT\\s*${net}`));
  const last = pages.at(-1) ?? '';
  expect(last).toContain('Bon pour accord');
  expect(last).toContain('signature précédée de la mention manuscrite');
  for (const control of SCREEN_ONLY) expect(all, control).not.toContain(control);
});

test('Ctrl+P before the sheet’s code has arrived waits for it, then prints with the devis heading', async ({ page }) => {
  // What the page laid out for each print (headless Chromium fires beforeprint, then returns).
  await page.addInitScript(() => {
    const w = window as unknown as { printed: string[] };
    const print = window.print.bind(window);
    w.printed = [];
    window.print = () => {
      print();
      w.printed.push(document.body.textContent ?? '');
    };
  });
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(SHEET_CODE, async (route: Route) => {
    await held;
    await route.continue();
  });
  await openConfigurator(page);
  await selectModule(page, 'Outscale Machines virtuelles');
  const monthly = await monthlyNetOnScreen(page);
  await page.keyboard.press('Control+P');
  const printed = () => page.evaluate(() => (window as unknown as { printed: string[] }).printed.map((t) => t.replace(/[\u00A0\u202F]/g, ' ')));
  expect(await printed()).toEqual([]);
  release();
  await expect.poll(async () => (await printed()).length).toBe(1);
  const [text = ''] = await printed();
  expect(text).toMatch(/Devis n° CN-\d{8}-[0-9A-F]{8}/);
  expect(text).toContain(monthly);
  expect(text).toContain('Bon pour accord');
});

test('customer details the form refuses are named by the Documents panel and printed on neither the devis PDF nor the print sheet', async ({ page }) => {
  await openConfigurator(page);
  await selectModule(page, 'Alinto Messagerie Essentielle');
  await selectModule(page, 'CryptPad Équipe');
  const typed = {
    'Raison sociale': 'Métropole de Lyon', 'SIREN ou SIRET': '123456789', 'Numéro de TVA intracommunautaire (facultatif)': 'FR00123',
    'Nom du contact': 'y', 'Adresse e-mail': 'bad@', 'Téléphone (facultatif)': '12', 'Adresse postale': '20 rue du Lac',
    'Référence client (facultatif)': 'R'.repeat(60),
  };
  for (const [label, value] of Object.entries(typed)) await page.getByLabel(label, { exact: true }).fill(value);
  await page.getByLabel('Public', { exact: true }).check();
  await expect(page.locator('.documents-panel')).toContainText(
    'Coordonnées du client non valides : SIREN ou SIRET, n° de TVA intracommunautaire, e-mail, téléphone, référence client.',
  );
  const refused = ['123456789', 'FR00123', 'bad@', 'Téléphone : 12', 'RRRR'];
  const toComplete = 'À compléter : SIREN ou SIRET, n° de TVA intracommunautaire, e-mail, téléphone, référence client';
  const compact = (text: string) => plainSpaces(text).replace(/\s+/g, '');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger le devis (PDF)' }).click()]);
  const pdf = plainSpaces((await readPdfText(new Uint8Array(readFileSync(await download.path())))).pages.join('\n'));
  const sheet = plainSpaces((await readPdfText(new Uint8Array(await page.pdf({ format: 'A4' })))).pages.join('\n'));
  for (const [name, text] of [['PDF', pdf], ['print sheet', sheet]] as const) {
    for (const value of refused) expect(text, `${name}: ${value}`).not.toContain(value);
    expect(compact(text), name).toContain(compact(toComplete));
    expect(text, name).toContain('Métropole de Lyon');
  }
});

test('a 5-module quote with a sales discount and the whole customer block prints on one A4 sheet, as its PDF does', async ({ page }) => {
  await openConfigurator(page);
  for (const name of ['Alinto Messagerie Business', 'CryptPad Entreprise', 'Jamespot Digital Workplace', 'Clever Cloud Applications', 'WALLIX Bastion']) await selectModule(page, name);
  await page.getByLabel('Mode commercial').check();
  await page.getByLabel('Remise commerciale (%)').fill('12,5');
  await page.getByLabel('Remise commerciale (%)').press('Enter');
  for (const [label, value] of Object.entries(FULL_CUSTOMER)) await page.getByLabel(label, { exact: true }).fill(value);
  const { pages } = await readPdfText(new Uint8Array(await page.pdf({ format: 'A4' })));
  // Set at 1.35 line height, its payment terms and « Bon pour accord » went alone onto a second page.
  expect(pages).toHaveLength(1);
  expect(pages[0]).toContain('Bon pour accord');
});

test('a long quote breaks between its lines on the print sheet: page 1 is not left empty under the monthly total', async ({ page }) => {
  await openConfigurator(page);
  for (const name of ['Alinto Messagerie Business', 'CryptPad Entreprise', 'Jamespot Digital Workplace', 'Clever Cloud Applications', 'Clever Cloud PostgreSQL', 'WALLIX Bastion', 'WALLIX Trustelem (authentification unique)']) {
    await selectModule(page, name);
  }
  await page.getByLabel('Mode commercial').check();
  await page.getByLabel('Remise commerciale (%)').fill('12,5');
  await page.getByLabel('Remise commerciale (%)').press('Enter');
  for (const [label, value] of Object.entries(FULL_CUSTOMER)) await page.getByLabel(label, { exact: true }).fill(value);
  const { pages } = await readPdfText(new Uint8Array(await page.pdf({ format: 'A4' })));
  // Laid out as a grid, the quote's body moved whole to page 2 and page 1 ended at « Total mensuel HT ».
  expect(pages[0], 'page 1').toContain('WALLIX Trustelem');
  expect(pages[0], 'page 1').toContain('Remise commerciale');
});

test('a customer detail without spaces wraps inside its column on the print sheet instead of running off the page', async ({ page }) => {
  await openConfigurator(page);
  await selectModule(page, 'XWiki Base de connaissances');
  await page.getByLabel('Raison sociale').fill('Acme SAS');
  await page.getByLabel('Adresse postale').fill(`Rue ${'A'.repeat(300)}`);
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((r) => /devis-print-sheet-/.test(r.name)));
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  const customer = page.locator('.devis-print-party-lines').nth(1);
  await expect(customer).toContainText('AAAA');
  const layout = await page.evaluate(() => {
    const [seller, buyer] = [...document.querySelectorAll('.devis-print-party-lines')].map((e) => e.getBoundingClientRect());
    return { pageWidth: document.documentElement.clientWidth, scrollWidth: document.documentElement.scrollWidth, seller: seller?.width ?? 0, buyerRight: buyer?.right ?? Infinity };
  });
  expect(layout.buyerRight).toBeLessThanOrEqual(layout.pageWidth);
  expect(layout.scrollWidth).toBeLessThanOrEqual(layout.pageWidth);
  // The seller's column keeps its half of the width (it was squeezed to about 20 characters a line).
  expect(layout.seller).toBeGreaterThan(layout.pageWidth / 3);
});

test('a configuration that cannot be ordered prints the rules it breaks in the sheet’s warning, not the screen’s « Corrigez les points signalés », which points to nothing on paper', async ({ page }) => {
  await openConfigurator(page);
  await selectModule(page, 'Alinto Messagerie Essentielle');
  await page.locator('[data-module="alinto-mail-essential"]').getByRole('spinbutton').fill('100');
  await page.locator('[data-module="alinto-mail-essential"]').getByRole('spinbutton').press('Enter');
  await selectModule(page, 'WALLIX Authenticator (MFA)');
  await expect(page.locator('.violation-banner li').first()).toBeVisible();
  const broken = plainSpaces((await page.locator('.violation-banner li').first().textContent()) ?? '').trim();
  expect(broken).toContain('WALLIX');

  // Spaces out: the PDF's text splits ligatures (« con fi guration »).
  const squashed = (text: string) => plainSpaces(text).replace(/\s+/g, '');
  const text = squashed((await printedPages(page)).join('\n'));
  expect(text).toContain(squashed('La configuration enfreint des règles du catalogue'));
  expect(text).toContain(squashed(broken));
  expect(text).not.toContain(squashed('Corrigez les points signalés'));
});
