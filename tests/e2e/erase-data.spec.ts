import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { moduleCard, openConfigurator, selectModule } from './configurator';

/** Every key this app wrote in the page's storages. */
const appKeys = (page: Page) => page.evaluate(() => [localStorage, sessionStorage].flatMap((storage) =>
  Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? '').filter((key) => key.startsWith('collabnext.'))));
const savedCompany = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('collabnext.draft') ?? '{}').customer?.company);

const eraseButton = (page: Page) => page.getByRole('button', { name: 'Effacer mes données de ce navigateur' });
const confirmation = (page: Page) => page.getByRole('group', { name: /^Tout effacer de ce navigateur/ });

/** Draft Co's bundle, details and notes, saved; the language switched there and back; then a link opened over it (kept aside). */
async function fillTheBrowser(page: Page): Promise<void> {
  await openConfigurator(page);
  await selectModule(page, 'Alinto Messagerie Essentielle');
  await selectModule(page, 'CryptPad Équipe');
  await page.getByLabel('Raison sociale').fill('Draft Co');
  await page.getByLabel('Nom du contact').fill('Camille Martin');
  await page.getByLabel('Adresse e-mail').fill('camille@draft.example');
  await page.getByLabel('Mode commercial').check();
  await page.getByLabel('Notes internes').fill('Budget validé par la DSI.');
  // The English words load on the click: « Français » clicked before they arrive wins, and the language never changes.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect.poll(() => savedCompany(page)).toBe('Draft Co');

  await page.goto('./#1PgFDSLMRhmnjR_');
  await expect(page.getByRole('button', { name: 'Restaurer mon brouillon' })).toBeVisible();
  await selectModule(page, 'Glowbl Réunions');
  await expect.poll(() => appKeys(page)).toEqual(expect.arrayContaining(['collabnext.draft', 'collabnext.lang', expect.stringMatching(/^collabnext\.draft\.aside\..*\.link$/)]));
}

test('QA: « Effacer mes données de ce navigateur » leaves nothing that a reload brings back', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 1000 });
  await fillTheBrowser(page);

  await eraseButton(page).click();
  await expect(page.getByRole('button', { name: 'Effacer définitivement' })).toBeFocused();
  await page.locator('.customer-section').screenshot({ path: test.info().outputPath('erase-confirm-1440.png') });
  await page.getByRole('button', { name: 'Effacer définitivement' }).click();

  await expect(page.getByRole('status').filter({ hasText: 'Vos données ont été effacées de ce navigateur' })).toContainText('Les autres onglets ouverts du configurateur repartent eux aussi d’un devis vide');
  await expect(eraseButton(page)).toBeFocused();
  await expect(page.getByLabel('Raison sociale')).toHaveValue('');
  await expect(moduleCard(page, 'glowbl-meetings')).toHaveAttribute('data-state', 'available');
  await expect.poll(() => new URL(page.url()).hash).toBe('');
  await expect.poll(() => appKeys(page)).toEqual([]);

  await page.reload();
  await expect(page.locator('[data-module]').first()).toBeVisible();
  await expect(page.getByLabel('Raison sociale')).toHaveValue('');
  await expect(page.locator('[data-module][data-state="selected"]')).toHaveCount(0);
  await expect(page.getByText('Brouillons mis de côté dans ce navigateur')).toHaveCount(0);
  await expect(page.locator('.notice')).toHaveCount(0);
  expect(await appKeys(page)).toEqual([]);
});

test('the confirmation: axe finds nothing in it, it fits a phone’s width, Escape closes it and gives the focus back, nothing erased', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await openConfigurator(page);
  await page.getByLabel('Raison sociale').fill('Draft Co');
  await expect.poll(() => savedCompany(page)).toBe('Draft Co');

  await eraseButton(page).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Effacer définitivement' })).toBeFocused();
  await expect(confirmation(page)).toBeVisible();
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  await page.locator('.customer-section').screenshot({ path: test.info().outputPath('erase-confirm-360.png') });
  const axe = await new AxeBuilder({ page }).include('.customer-section').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  await page.keyboard.press('Escape');
  await expect(confirmation(page)).toHaveCount(0);
  await expect(eraseButton(page)).toBeFocused();
  expect(await savedCompany(page)).toBe('Draft Co');
});

test('review: another open tab hears the erase, starts over empty and writes nothing of what it showed back, even after an edit', async ({ page, context }) => {
  await fillTheBrowser(page);
  const other = await context.newPage();
  await openConfigurator(other);
  await expect(other.getByLabel('Raison sociale')).toHaveValue('Draft Co');

  await eraseButton(page).click();
  await page.getByRole('button', { name: 'Effacer définitivement' }).click();
  await expect.poll(() => appKeys(page)).toEqual([]);

  await expect(other.getByRole('status').filter({ hasText: 'depuis un autre onglet' })).toContainText('cet onglet repart d’un devis vide');
  await expect(other.getByLabel('Raison sociale')).toHaveValue('');
  await selectModule(other, 'Outscale Machines virtuelles');
  await expect.poll(() => appKeys(other)).toEqual(['collabnext.draft']);
  expect(await savedCompany(other)).toBe('');
});
