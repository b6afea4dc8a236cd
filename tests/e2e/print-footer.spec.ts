import { expect, test } from '@playwright/test';
import { openConfigurator, selectModule } from './configurator';
import { chooseLongQuote, printedPages } from './print-sheet';

/** A customer block filled in whole (every detail accepted), as a seller would before sending. */
const FULL_CUSTOMER = {
  'Raison sociale': 'Société Générale d’Exemple SA', 'SIREN ou SIRET': '732 829 320', 'Numéro de TVA intracommunautaire (facultatif)': 'FR44732829320',
  'Nom du contact': 'Élodie Martin', 'Adresse e-mail': 'elodie.martin@example.fr', 'Téléphone (facultatif)': '06 12 34 56 78',
  'Adresse postale': '12 rue de la Paix\n75002 Paris', 'Référence client (facultatif)': 'AO-2026-117',
};



/** The devis number the sheet prints in its heading. */
const numberOf = (text: string) => /Devis n° (CN-\d{8}-[0-9A-F]{8})/.exec(text)?.[1] ?? 'no number';

test('every printed page of a long quote ends with the devis number and « Page n / N », as the PDF’s pages do', async ({ page }) => {
  await openConfigurator(page);
  await chooseLongQuote(page);
  const pages = await printedPages(page);
  const all = pages.join('\n=== page break ===\n');
  expect(pages.length, all).toBe(2);
  const number = numberOf(pages[0] ?? '');
  pages.forEach((text, i) => {
    expect(text, `page ${i + 1}`).toContain(`Devis n° ${number} — CollabNext`);
    expect(text, `page ${i + 1}`).toContain(`Page ${i + 1} / 2`);
  });
  // the share link's title, hint and link stay together (page 2 began with the link alone)
  const share = pages.find((text) => /Rouvrir cette con\s*fi\s*guration/.test(text)) ?? '';
  expect(share, all).toContain('http://127.0.0.1');
});

test('the print sheet shows what the PDF shows: the catalog revision and a tiered line’s tiers where its units do not all cost the same (XWiki: the tier reached and its flat fee)', async ({ page }) => {
  await openConfigurator(page);
  await selectModule(page, 'XWiki Base de connaissances');
  await selectModule(page, 'WALLIX Bastion');
  const [text = ''] = await printedPages(page);
  expect(text).toContain('Révision du catalogue 2026-11');
  expect(text).toMatch(/Palier atteint : 50 × 0,00 €/);
  expect(text).toMatch(/Forfait du palier\s+250,00 €/);
  expect(text).not.toContain('Détail des paliers');
  // a tier that only repeats its line's unit price is not printed, as on the PDF (WALLIX: 10 × 40,00 €)
  expect(text).not.toContain('Palier atteint : 10 × 40,00 €');
});

test('a 3-module quote with a sales discount and the whole customer block still prints on one A4 page, its foot « Page 1 / 1 » in English too', async ({ page }) => {
  await openConfigurator(page);
  for (const name of ['Alinto Messagerie Essentielle', 'Outscale Machines virtuelles', 'WALLIX Bastion']) await selectModule(page, name);
  await page.getByLabel('Mode commercial').check();
  await page.getByLabel('Remise commerciale (%)').fill('12,5');
  await page.getByLabel('Remise commerciale (%)').press('Enter');
  for (const [label, value] of Object.entries(FULL_CUSTOMER)) await page.getByLabel(label, { exact: true }).fill(value);
  const pages = await printedPages(page);
  expect(pages, pages.join('\n=== page break ===\n')).toHaveLength(1);
  expect(pages[0]).toContain('Bon pour accord');
  expect(pages[0]).toContain(`Devis n° ${numberOf(pages[0] ?? '')} — CollabNext`);
  expect(pages[0]).toContain('Page 1 / 1');

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('button', { name: 'Download the quote (PDF)' })).toBeVisible();
  const english = await printedPages(page);
  expect(english).toHaveLength(1);
  expect(english[0]).toMatch(/Quote no\. CN-\d{8}-[0-9A-F]{8} — CollabNext/);
  expect(english[0]).toContain('Page 1 of 1');
  expect(english[0]).toContain('Catalogue revision 2026-11');
});
