import { expect, test } from '@playwright/test';
import { openConfigurator, selectModule } from './configurator';

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
