import { expect, test } from '@playwright/test';
import { openConfigurator, selectModule } from './configurator';

test('the page’s Content-Security-Policy is never violated: not even by zod’s probe for eval when the customer form checks its fields', async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}`));
  });
  await openConfigurator(page);
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /script-src 'self'/);
  for (const name of ['Alinto Messagerie Essentielle', 'Outscale Machines virtuelles']) await selectModule(page, name);
  await page.getByLabel('Raison sociale').fill('Métropole de Lyon');
  await page.getByLabel('SIREN ou SIRET').fill('123');
  await page.getByLabel('Adresse e-mail').fill('bad@');
  await page.getByLabel('Adresse e-mail').blur();
  await expect(page.getByRole('alert').filter({ hasText: /SIREN/ }).first()).toBeVisible();
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
});
