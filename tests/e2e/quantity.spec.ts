import { expect, test, type Locator, type Page } from '@playwright/test';
import { moduleCard, openConfigurator, selectModule, totalCents } from './configurator';

const MAIL = 'alinto-mail-essential'; // 1 to 100 000 users, default 25 at 3,00 € (7 500 cents a month)

test('a number typed past the maximum is refused whole: the quote and a reload keep the quantity from before', async ({ page }) => {
  await openConfigurator(page);
  await selectModule(page, 'Alinto Messagerie Essentielle');
  const field = moduleCard(page, MAIL).getByRole('spinbutton');
  const before = await totalCents(page, 'recurring');
  await field.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('100001');
  await expect(moduleCard(page, MAIL).getByRole('alert')).toContainText('Le maximum est 100 000 : saisissez 100 000 ou moins. Le devis garde 25 utilisateurs.');
  await page.waitForTimeout(600);
  expect(await totalCents(page, 'recurring')).toBe(before);
  await page.locator('h1').click();
  await page.waitForTimeout(400);
  await page.reload();
  await expect(field).toHaveValue('25');
});

test('a decimal comma is refused, never dropped', async ({ page }) => {
  await openConfigurator(page);
  await selectModule(page, 'Glowbl Réunions');
  const field = moduleCard(page, 'glowbl-meetings').getByRole('spinbutton');
  const before = await totalCents(page, 'recurring');
  await field.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('12,5');
  await expect(field).toHaveValue('12,5');
  await expect(moduleCard(page, 'glowbl-meetings').getByRole('alert')).toContainText('Saisissez un nombre entier');
  await page.waitForTimeout(600);
  expect(await totalCents(page, 'recurring')).toBe(before);
});

test('Ctrl+Z in a quantity field undoes the typing; Annuler puts back the field with the quote', async ({ page }) => {
  await openConfigurator(page);
  await selectModule(page, 'Alinto Messagerie Essentielle');
  const field = moduleCard(page, MAIL).getByRole('spinbutton');
  await field.click();
  await page.keyboard.press('End');
  await page.keyboard.type('0');
  await expect(field).toHaveValue('250');
  await page.keyboard.press('Control+z');
  await expect(field).toHaveValue('25');
  await expect(moduleCard(page, MAIL)).toHaveAttribute('data-state', 'selected');

  await field.fill('40');
  await page.keyboard.press('Enter');
  await field.fill('0');
  await expect(moduleCard(page, MAIL).getByRole('alert')).toBeVisible();
  await page.getByRole('button', { name: /Annuler/ }).click();
  await expect(field).toHaveValue('25');
  await expect(moduleCard(page, MAIL).getByRole('alert')).toHaveCount(0);
});

test('spec §6: a journey can fill the spinbutton of a module not yet chosen; the module is chosen at that quantity and priced so', async ({ page }) => {
  await openConfigurator(page);
  const field = moduleCard(page, MAIL).getByRole('spinbutton', { name: /Alinto Messagerie Essentielle/ });
  await expect(field).toHaveValue('25');
  await field.fill('140');
  await field.press('Enter');
  await expect(moduleCard(page, MAIL)).toHaveAttribute('data-state', 'selected');
  await expect(moduleCard(page, MAIL).getByRole('checkbox')).toBeChecked();
  // 140 users × 3,00 € (perUnit, no tier), before any discount.
  await expect(page.locator('[data-total="recurring"]').first()).toHaveAttribute('data-cents', '42000');
});

/** The mail module chosen and 140 typed in its field (the browser's undo history now holds that typing), then CryptPad ticked. */
async function mailTypedThenCryptPad(page: Page): Promise<Locator> {
  await openConfigurator(page);
  const mail = moduleCard(page, MAIL).getByRole('spinbutton');
  await moduleCard(page, MAIL).getByRole('checkbox').check();
  await mail.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('140');
  await page.keyboard.press('Enter');
  await expect(mail).toHaveValue('140');
  await moduleCard(page, 'cryptpad-team').getByRole('checkbox').check();
  await expect(moduleCard(page, 'cryptpad-team')).toHaveAttribute('data-state', 'selected');
  return mail;
}

test('Ctrl+Z in a quantity field with nothing typed undoes the last change; it never replays typing from another field', async ({ page }) => {
  const mail = await mailTypedThenCryptPad(page);
  // The focus in CryptPad's field, nothing typed there: the browser's own undo went to the mail field's typing (25).
  await moduleCard(page, 'cryptpad-team').getByRole('spinbutton').focus();
  await page.keyboard.press('Control+z');
  await expect(moduleCard(page, 'cryptpad-team')).toHaveAttribute('data-state', 'available');
  await expect(mail).toHaveValue('140');
  await expect(moduleCard(page, 'cryptpad-team').getByRole('spinbutton')).toBeFocused();
  await page.keyboard.press('Control+Shift+z');
  await expect(moduleCard(page, 'cryptpad-team')).toHaveAttribute('data-state', 'selected');
  await expect(mail).toHaveValue('140');
});

test('Ctrl+Z while typing in the card of a module not chosen drops the typing and takes the module out again', async ({ page }) => {
  await openConfigurator(page);
  const field = moduleCard(page, MAIL).getByRole('spinbutton');
  await field.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('14');
  // The pause applies it: the module is chosen at 14.
  await expect(moduleCard(page, MAIL)).toHaveAttribute('data-state', 'selected');
  await page.keyboard.press('Control+z');
  await expect(moduleCard(page, MAIL)).toHaveAttribute('data-state', 'available');
  await expect(field).toHaveValue('25');
  await expect(moduleCard(page, MAIL).getByRole('checkbox')).not.toBeChecked();
});

test('the page’s undo shortcuts not loaded (their file does not arrive): Ctrl+Z in a quantity field still never replays another field’s typing, and undoes the last change', async ({ page }) => {
  await page.route(/later-behaviours[^/]*\.js$/, (route) => route.abort());
  const mail = await mailTypedThenCryptPad(page);
  await moduleCard(page, 'cryptpad-team').getByRole('spinbutton').focus();
  await page.keyboard.press('Control+z');
  await expect(moduleCard(page, 'cryptpad-team')).toHaveAttribute('data-state', 'available');
  await page.waitForTimeout(300);
  await expect(mail).toHaveValue('140');
  expect(await totalCents(page, 'recurring')).toBe(140 * 300);
});
