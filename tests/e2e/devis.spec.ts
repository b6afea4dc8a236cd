import { expect, test, type Download, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { readPdfText } from '../domain/devis-pdf-text';
import { openConfigurator, selectModule } from './configurator';
import { quoteTool, savedConfiguration } from './quote-tool';

/** Fills the customer form as a sales person would, field by field. */
async function fillCustomer(page: Page): Promise<void> {
  await page.getByLabel('Raison sociale').fill('Métropole de Lyon');
  await page.getByLabel('SIREN ou SIRET').fill('20004697700019');
  await page.getByLabel('Nom du contact').fill('Zoé Martin');
  await page.getByLabel('Adresse e-mail').fill('zoe.martin@grandlyon.example');
  await page.getByLabel('Adresse postale').fill('20 rue du Lac\n69003 Lyon');
  await page.getByLabel('Public', { exact: true }).check();
}

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: (file as Download).suggestedFilename(), bytes: readFileSync(await file.path()) };
}

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const euros = (cents: number) => plain(new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(cents / 100));

test('a sales person builds a bundle, fills the customer, and downloads a devis PDF and a CSV with every mention and the quote tool’s totals', async ({ page }) => {
  await openConfigurator(page);
  await selectModule(page, 'Alinto Messagerie Essentielle');
  await selectModule(page, 'CryptPad Équipe');
  await selectModule(page, 'Outscale Machines virtuelles');
  await page.getByLabel('Durée d’engagement').selectOption('12');
  await fillCustomer(page);
  const tool = quoteTool(await savedConfiguration(page));

  const pdf = await download(page, 'Télécharger le devis (PDF)');
  expect(pdf.name).toMatch(/^devis-CN-\d{8}-[0-9A-F]{8}\.pdf$/);
  const number = pdf.name.slice('devis-'.length, -'.pdf'.length);
  await expect(page.getByRole('status').filter({ hasText: number })).toContainText(`Devis ${number} téléchargé`);
  const { pages, title } = await readPdfText(new Uint8Array(pdf.bytes));
  const text = pages.join('\n');
  expect(title).toBe(`Devis ${number}`);
  for (const mention of ['Devis', 'Date d’émission', 'Valable 30 jours', 'SIREN : 900 000 001', 'FR68900000001', 'Métropole de Lyon', 'Zoé Martin',
    'SIREN / SIRET : 200 046 977 00019', '69003 Lyon', 'Alinto Messagerie Essentielle *', 'CryptPad Équipe *', 'Outscale Machines virtuelles *',
    'TVA 20 %', 'Durée d’engagement : 12 mois', 'Conditions de paiement', 'Bon pour accord', 'Prix indicatifs']) {
    expect(text, mention).toContain(mention);
  }
  expect(text.replace(/\s+/g, '')).toContain(`#${page.url().split('#')[1] ?? ''}`.replace(/\s+/g, ''));
  for (const name of ['recurring', 'monthlyNet', 'monthlyVat', 'monthlyGross', 'setupNet', 'firstYearNet', 'contractNet'] as const) {
    expect(text, name).toContain(euros(tool.totals[name] ?? -1));
  }

  const csv = await download(page, 'Exporter en CSV');
  expect(csv.name).toBe(`devis-${number}.csv`);
  const csvText = csv.bytes.toString('utf8');
  expect(csvText.startsWith('\uFEFFDevis n°;')).toBe(true);
  expect(csvText).toContain(';Outscale Machines virtuelles;3DS Outscale;2;machines virtuelles;89,00;178,00;\r\n');
  const cents = (n: number) => `${Math.floor(n / 100)},${String(n % 100).padStart(2, '0')}`;
  expect(csvText).toContain(`;Total mensuel HT;;;;;${cents(tool.totals.monthlyNet ?? -1)}\r\n`);
  expect(csvText).toContain(`;Total du contrat HT (12 mois + mise en service);;;;;${cents(tool.totals.contractNet ?? -1)}\r\n`);
});

test('importing a JSON export replaces the bundle, and « Annuler l’import » brings the previous draft back', async ({ page }) => {
  await openConfigurator(page);
  await selectModule(page, 'Outscale Machines virtuelles');
  const exported = await download(page, 'Exporter en JSON');
  expect(JSON.parse(exported.bytes.toString('utf8'))).toMatchObject({ format: 'collabnext-export/1', configuration: { items: [{ module: 'outscale-vm', quantity: 2 }] } });

  await selectModule(page, 'CryptPad Équipe');
  await page.getByLabel('Importer un fichier JSON').setInputFiles({ name: 'configuration.json', mimeType: 'application/json', buffer: exported.bytes });
  await expect(page.getByRole('checkbox', { name: 'CryptPad Équipe', exact: true })).not.toBeChecked();
  await page.getByRole('button', { name: 'Annuler l’import' }).click();
  await expect(page.getByRole('checkbox', { name: 'CryptPad Équipe', exact: true })).toBeChecked();

  await page.getByLabel('Importer un fichier JSON').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"items":[{"module":"outscale-gpu"}]}') });
  await expect(page.getByRole('alert').filter({ hasText: 'broken.json' })).toHaveText('Le fichier broken.json n’a pas été importé : il cite un module que ce catalogue ne propose pas : outscale-gpu. Retirez-le du fichier, puis importez-le à nouveau.');
  await expect(page.getByRole('checkbox', { name: 'CryptPad Équipe', exact: true })).toBeChecked();
});

test('a file made on an earlier catalog names the module it drops by its name in that catalog', async ({ page }) => {
  await openConfigurator(page);
  const file = { catalog: '2026-10', items: [{ module: 'alinto-mail-archive', quantity: 25 }, { module: 'outscale-vm', quantity: 2 }], termMonths: 12, requirements: [] };
  await page.getByLabel('Importer un fichier JSON').setInputFiles({ name: 'octobre.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  const said = page.getByRole('region', { name: 'Documents du devis' }).getByRole('status');
  await expect(said).toContainText('Alinto Archivage de messagerie');
  await expect(said).not.toContainText('alinto-mail-archive');
  await expect(page.getByRole('checkbox', { name: 'Outscale Machines virtuelles', exact: true })).toBeChecked();
});

test('in English, the PDF is a "Quote" with English wording, named « quote-… » with the same number', async ({ page }) => {
  await openConfigurator(page);
  await selectModule(page, 'Outscale Machines virtuelles');
  const french = await download(page, 'Télécharger le devis (PDF)');
  await page.getByRole('button', { name: 'English' }).click();
  const english = await download(page, 'Download the quote (PDF)');
  // The same number; the file is named in the document's language.
  expect(english.name).toBe(french.name.replace(/^devis-/, 'quote-'));
  const text = (await readPdfText(new Uint8Array(english.bytes))).pages.join('\n');
  for (const mention of ['Quote', 'Date of issue', 'Valid for 30 days', 'Outscale Virtual Machines *', 'virtual machines', 'VAT 20%', 'Payment terms', 'Agreed and accepted', 'Illustrative prices']) {
    expect(text, mention).toContain(mention);
  }
});

for (const [width, height] of [[1440, 1000], [360, 780]] as const) {
  test(`« Importer un fichier JSON » looks like the buttons above it, not a full-width bar, at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openConfigurator(page);
    await selectModule(page, 'Alinto Messagerie Essentielle');
    const panel = page.locator('.documents-panel');
    const csv = panel.getByRole('button', { name: 'Exporter en CSV' });
    const input = panel.getByLabel('Importer un fichier JSON');
    const label = panel.locator('label', { hasText: 'Importer un fichier JSON' });
    const look = (element: Element) => {
      const style = getComputedStyle(element);
      return { fontSize: style.fontSize, fontWeight: style.fontWeight, height: Math.round(element.getBoundingClientRect().height) };
    };
    expect(await label.evaluate(look)).toEqual(await csv.evaluate(look));
    const [labelBox, panelBox] = [await label.boundingBox(), await panel.boundingBox()];
    expect(labelBox?.width ?? 0).toBeLessThan((panelBox?.width ?? 0) * 0.75);
    await input.focus();
    expect(await label.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid');
  });
}

test('a Polish customer’s name prints as typed in the PDF: the wide font comes from the app’s own folder, nothing from elsewhere', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await openConfigurator(page);
  await selectModule(page, 'Outscale Machines virtuelles');
  await page.getByLabel('Raison sociale').fill('Łódź Zażółć sp. z o.o.');
  await page.getByLabel('Nom du contact').fill('Ἀλέξανδρος Иванов');
  const fonts = page.waitForResponse((response) => response.url().includes('/fonts/DejaVuSansCondensed'));
  const pdf = await download(page, 'Télécharger le devis (PDF)');
  expect((await fonts).ok()).toBe(true);
  const text = (await readPdfText(new Uint8Array(pdf.bytes))).pages.join('\n');
  expect(text).toContain('Łódź Zażółć sp. z o.o.');
  expect(text).toContain('Ἀλέξανδρος Иванов');
  const origin = new URL(page.url()).origin;
  expect(requested.filter((url) => /^https?:/.test(url) && new URL(url).origin !== origin)).toEqual([]);
});
