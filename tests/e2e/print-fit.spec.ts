import { expect, test } from '@playwright/test';
import { moduleCard, openConfigurator, selectModule } from './configurator';
import { printedPages } from './print-sheet';

/** Every customer detail filled in and accepted, the address on one line. */
const FULL_CUSTOMER = {
  'Raison sociale': 'Société Générale d’Exemple SA', 'SIREN ou SIRET': '73282932000074', 'Numéro de TVA intracommunautaire (facultatif)': 'FR44732829320',
  'Nom du contact': 'Élodie Martin', 'Adresse e-mail': 'elodie.martin@example.fr', 'Téléphone (facultatif)': '06 12 34 56 78',
  'Adresse postale': '12 rue de la Paix, 75002 Paris', 'Référence client (facultatif)': 'AO-2026-117',
};

const QUANTITIES: [string, string, string][] = [
  ['alinto-mail-business', 'Alinto Messagerie Business', '120'], ['cryptpad-enterprise', 'CryptPad Entreprise', '150'],
  ['jamespot-intranet', 'Jamespot Digital Workplace', '333'], ['outscale-vm', 'Outscale Machines virtuelles', '3'], ['wallix-bastion', 'WALLIX Bastion', '30'],
];



test('5 modules over 36 months, a 16,67 % sales discount and every customer detail print on one A4 page, in French and in English (page 2 held the payment terms and « Bon pour accord »)', async ({ page }) => {
  await openConfigurator(page);
  for (const [id, name, quantity] of QUANTITIES) {
    await selectModule(page, name);
    await moduleCard(page, id).getByRole('spinbutton').fill(quantity);
    await moduleCard(page, id).getByRole('spinbutton').press('Enter');
  }
  await page.locator('.quote-term select').first().selectOption('36');
  await page.getByLabel('Mode commercial').check();
  await page.getByLabel('Remise commerciale (%)').fill('16,67');
  await page.getByLabel('Remise commerciale (%)').press('Enter');
  for (const [label, value] of Object.entries(FULL_CUSTOMER)) await page.getByLabel(label, { exact: true }).fill(value);
  await expect(page.locator('[data-total="salesDiscount"]').first()).toBeVisible();

  const french = await printedPages(page, { preferCSSPageSize: true });
  const all = french.join('\n=== page break ===\n');
  expect(all).toContain('WALLIX Bastion');
  expect(all).toContain('Société Générale d’Exemple SA');
  expect(all).toContain('16,67');
  expect(french, all).toHaveLength(1);
  for (const mention of ['Conditions de paiement', 'Bon pour accord', 'signature précédée de la mention manuscrite', 'Page 1 / 1']) expect(french[0], mention).toContain(mention);

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('button', { name: 'Download the quote (PDF)' })).toBeVisible();
  const english = await printedPages(page, { preferCSSPageSize: true });
  const allEn = english.join('\n=== page break ===\n');
  expect(allEn).toContain('Alinto Business Mail');
  expect(english, allEn).toHaveLength(1);
  expect(english[0]).toContain('Page 1 of 1');
});
