import { expect, test } from '@playwright/test';
import { moduleCard, openConfigurator, selectModule, totalCents } from './configurator';

test.use({ viewport: { width: 360, height: 780 }, hasTouch: true });

test('on a phone, a tap on the page strip above the open quote sheet folds it; a tap inside leaves it open', async ({ page }) => {
  await openConfigurator(page);
  await selectModule(page, 'Alinto Messagerie Essentielle');
  await page.getByRole('button', { name: 'Voir le devis' }).tap();
  const sheet = page.getByRole('complementary', { name: 'Votre devis' });
  await expect(page.getByRole('button', { name: 'Masquer le devis' })).toHaveAttribute('aria-expanded', 'true');
  const top = (await sheet.boundingBox())?.y ?? 0;
  expect(top).toBeGreaterThan(40);

  await sheet.locator('[data-total="monthlyGross"]').tap();
  await expect(page.getByRole('button', { name: 'Masquer le devis' })).toHaveAttribute('aria-expanded', 'true');

  // The strip of page still seen above the sheet: text, nothing there takes the focus.
  await page.touchscreen.tap(180, top / 2);
  await expect(page.getByRole('button', { name: 'Voir le devis' })).toHaveAttribute('aria-expanded', 'false');
  await expect(sheet.locator('[data-total="monthlyGross"]')).toBeHidden();
});

test('on a phone, a tap on a card or a button in the strip above the open sheet only folds the sheet: nothing under the finger is ticked or pressed', async ({ page }) => {
  await openConfigurator(page);
  await selectModule(page, 'Alinto Messagerie Essentielle');
  const monthly = await totalCents(page, 'monthlyNet');
  const toggle = page.getByRole('button', { name: /^(Voir|Masquer) le devis$/ });
  const cryptpad = moduleCard(page, 'cryptpad-team');
  const sheet = page.getByRole('complementary', { name: 'Votre devis' });

  // The CryptPad card's name in the strip the open sheet leaves at the top of the screen.
  await cryptpad.locator('.module-card-name').evaluate((name) => window.scrollBy(0, name.getBoundingClientRect().top - 16));
  await toggle.tap();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const top = (await sheet.boundingBox())?.y ?? 0;
  const name = await cryptpad.locator('.module-card-name').boundingBox();
  expect(name && name.y + name.height).toBeLessThan(top);
  await page.touchscreen.tap((name?.x ?? 0) + 10, (name?.y ?? 0) + (name?.height ?? 0) / 2);
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(cryptpad.getByRole('checkbox')).not.toBeChecked();
  expect(await totalCents(page, 'monthlyNet')).toBe(monthly);

  // A button there: the focus a press gives it folds the sheet first; the press does not go on.
  await toggle.tap();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const english = page.getByRole('button', { name: 'English' });
  await page.evaluate(() => window.scrollTo(0, 0));
  await english.tap();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');

  // The next tap, the sheet folded, does what it says.
  await cryptpad.locator('.module-card-name').tap();
  await expect(cryptpad.getByRole('checkbox')).toBeChecked();
});
