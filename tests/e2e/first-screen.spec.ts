import { expect, test } from '@playwright/test';
import catalog from '../../public/catalogs/2026-11.json' with { type: 'json' };
import { moduleCard, openConfigurator } from './configurator';

test('the first screen shows every drawer and module of the default catalog, in French', async ({ page }) => {
  await openConfigurator(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  for (const drawer of catalog.drawers) {
    await expect(page.getByRole('heading', { level: 2, name: drawer.name.fr })).toBeVisible();
  }
  await expect(page.locator('[data-module]')).toHaveCount(catalog.modules.length);
  const card = moduleCard(page, 'outscale-vm');
  await expect(card.getByRole('checkbox', { name: 'Outscale Machines virtuelles' })).toBeVisible();
  await expect(card).toContainText('3DS Outscale');
  await expect(card).toContainText('89,00');
  await expect(card).toContainText('machine virtuelle');
  await expect(card.locator('summary', { hasText: 'Qualifications' }).getByText('SecNumCloud', { exact: true })).toBeVisible();
  await expect(page.getByText(/Prix indicatifs/)).toBeVisible();
});

test('the English switch translates the page, loading the English words only then', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => scripts.push(new URL(request.url()).pathname));
  await openConfigurator(page);
  expect(scripts.filter((path) => /messages-(fr|en)-/.test(path)).map((path) => path.replace(/.*(messages-..)-.*/, '$1'))).toEqual(['messages-fr']);
  await page.getByRole('button', { name: 'English' }).click();
  await expect.poll(() => scripts.some((path) => path.includes('messages-en-'))).toBe(true);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 2, name: 'Office suite' })).toBeVisible();
  await expect(moduleCard(page, 'outscale-vm')).toContainText('€89.00');
});

test.describe('with a browser that prefers English', () => {
  test.use({ locale: 'en-GB' });
  test('the page opens in English', async ({ page }) => {
    await openConfigurator(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 2, name: 'Email' })).toBeVisible();
  });
});
