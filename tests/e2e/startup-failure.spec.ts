import { expect, test, type Page } from '@playwright/test';

/** The catalog is the first thing the page fetches: each way it can fail shows the failure page. */
const FAILURES: [string, (page: Page) => Promise<unknown>][] = [
  ['aborted', (page) => page.route('**/catalog-*.json', (route) => route.abort())],
  ['answered 500', (page) => page.route('**/catalog-*.json', (route) => route.fulfill({ status: 500, body: '' }))],
  ['not JSON', (page) => page.route('**/catalog-*.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"format": "collab' }))],
];

test.describe('the startup failure page speaks the language of its words', () => {
  for (const [how, fail] of FAILURES) {
    test(`in English, catalog ${how}`, async ({ browser }) => {
      const page = await browser.newPage({ locale: 'en-US' });
      await fail(page);
      await page.goto('./');
      await expect(page.getByRole('heading', { name: 'The configurator could not start' })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page).toHaveTitle('CollabNext — The configurator could not start');
      await page.close();
    });
  }

  test('in French, with French typography', async ({ page }) => {
    await page.route('**/catalog-*.json', (route) => route.abort());
    await page.goto('./');
    await expect(page.getByRole('heading', { name: 'Le configurateur n’a pas pu démarrer' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page).toHaveTitle('CollabNext — Le configurateur n’a pas pu démarrer');
  });
});
