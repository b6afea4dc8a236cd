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

test('a part of the start-up code that does not download (the dictionary) shows the failure page with « Réessayer », not « Chargement » for ever', async ({ page }) => {
  await page.route('**/messages-fr-*.js', (route) => route.abort());
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Le configurateur n’a pas pu démarrer' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('Une partie du code de la page n’a pas pu être chargée (connexion interrompue, ou le site vient d’être mis à jour). Votre brouillon est intact');
  await page.unroute('**/messages-fr-*.js');
  await page.getByRole('button', { name: 'Réessayer' }).click();
  await expect(page.locator('[data-module]').first()).toBeVisible();
});

/**
 * The page's animations, and so the 8 s delay of index.html's start-up texts (a CSS animation: no script), run 10 times
 * faster from now on: the two journeys below waited 8.5 s each, 17 s of the journeys' 15 min of test time.
 */
async function animationsTenTimesFaster(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Animation.enable');
  await cdp.send('Animation.setPlaybackRate', { playbackRate: 10 });
}

test('the page’s own code that never runs (its entry file missing after a redeploy) says so after 8 s, in French and English, without a script', async ({ page }) => {
  await page.route('**/assets/index-*.js', (route) => route.abort());
  await page.goto('./');
  const late = page.locator('.boot-late');
  await expect(late).toBeHidden();
  await animationsTenTimesFaster(page);
  // At most 0.8 s now: 3 s would not be enough at the page's own pace, so this also checks the speed-up the next journey
  // relies on.
  await expect(late).toBeVisible({ timeout: 3_000 });
  await expect(page.getByText('Chargement du configurateur…')).toBeHidden();
  await expect(late.locator('p[lang="fr"]')).toContainText('Le configurateur met plus de temps que prévu à démarrer. S’il ne s’affiche pas, une partie de la page n’a pas pu être chargée');
  await expect(late.locator('p[lang="en"]')).toContainText('The configurator is taking longer than usual to start');
});

test('a page that starts never shows the start-up failure text, even after 8 s', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('[data-module]').first()).toBeVisible();
  await animationsTenTimesFaster(page);
  await page.waitForTimeout(850);
  await expect(page.getByText('Le configurateur met plus de temps que prévu')).toHaveCount(0);
});

test('a page that crashes while running says so in French and English, never a blank page: a catalog served without the fields the build fills in', async ({ page }) => {
  // A host serving a hand-edited catalog file, not the one the build checked: it passes the loader's identity check.
  await page.route('**/assets/catalog-*.json', async (route) => {
    const catalog = await (await route.fetch()).json();
    delete catalog.rules;
    await route.fulfill({ json: catalog });
  });
  await page.goto('./');
  const crashed = page.locator('.page-crashed');
  await expect(crashed).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('Le configurateur s’est interrompu sur une erreur inattendue. Votre brouillon est intact dans ce navigateur');
  await expect(crashed.locator('p[lang="en"]')).toContainText('The configurator stopped on an unexpected error.');
  await expect(page.locator('[data-module]')).toHaveCount(0);
});

test('a page that runs never shows the crash text', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('[data-module]').first()).toBeVisible();
  await expect(page.locator('.page-crashed')).toBeHidden();
  await expect(page.getByText('erreur inattendue')).toBeHidden();
});
