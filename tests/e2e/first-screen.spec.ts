import { expect, test, type BrowserContext, type Locator, type Page } from '@playwright/test';
import catalog from '../../public/catalogs/2026-11.json' with { type: 'json' };
import { laterBehavioursRunning, moduleCard, openConfigurator, selectModule } from './configurator';

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

/**
 * Offline just after the first screen, a module chosen that blocks Alinto Messagerie Business, whose card says its state
 * alone (the later parts could not download); the connection is still off. The card's note, for what follows.
 */
async function blockedWhileOffline(page: Page, context: BrowserContext): Promise<Locator> {
  await openConfigurator(page);
  await context.setOffline(true);
  await selectModule(page, 'Alinto Messagerie Essentielle');
  const note = moduleCard(page, 'alinto-mail-business').locator('.module-note-blocked p');
  await expect(note).toHaveText('Indisponible');
  return note;
}

test.describe("the later parts (the cards' notes, the quote's details)", () => {
  const LATER_PARTS = /\/later-parts-[^/]*\.js$/;

  test("a newcomer's first screen comes without their code; the first change that blocks a card says why, the quote has its lines", async ({ page }) => {
    // When the first card was drawn, in the page's own clock (a check after the fact would race the file's fetch).
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.querySelector('[data-module]') === null) return;
        observer.disconnect();
        (window as unknown as { firstCardAt: number }).firstCardAt = performance.now();
      }).observe(document, { childList: true, subtree: true });
    });
    await openConfigurator(page);
    await selectModule(page, 'Alinto Messagerie Essentielle');
    const business = moduleCard(page, 'alinto-mail-business');
    await expect(business).toHaveAttribute('data-state', 'blocked');
    await expect(business.locator('.module-note-blocked')).toContainText('Alinto Messagerie Essentielle');
    await expect(business.getByRole('button', { name: 'Retirer Alinto Messagerie Essentielle' })).toBeVisible();
    await expect(page.locator('[data-line="alinto-mail-essential"]')).toBeVisible();
    const { firstCardAt, fetchedAt } = await page.evaluate(() => ({
      firstCardAt: (window as unknown as { firstCardAt: number }).firstCardAt,
      fetchedAt: performance.getEntriesByType('resource').filter((entry) => /\/later-parts-[^/]*\.js$/.test(entry.name)).map((entry) => entry.startTime),
    }));
    expect(fetchedAt).toHaveLength(1);
    expect(fetchedAt[0]).toBeGreaterThan(firstCardAt);
  });

  test('until their code comes a card says its state alone (« Indisponible », « Ajouté d’office »…), the quote that its lines are coming; then all of it', async ({ page }) => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(LATER_PARTS, async (route) => {
      await held;
      await route.continue();
    });
    await openConfigurator(page);
    await selectModule(page, 'Alinto Messagerie Essentielle');
    const note = moduleCard(page, 'alinto-mail-business').locator('.module-note-blocked');
    await expect(note.locator('p')).toHaveText('Indisponible');
    await expect(page.locator('.quote-details-soon')).toHaveText('Chargement des lignes et des remises du devis…');
    // The monthly net is on the first screen, in the summary bar.
    await expect(page.locator('[data-total="monthlyNet"]')).toContainText("75,00");
    await selectModule(page, 'Outscale Sauvegarde');
    const added = moduleCard(page, 'outscale-storage').locator('.module-note-added');
    await expect(added).toHaveText('Ajouté d’office');
    await selectModule(page, 'Clever Cloud Applications');
    await page.getByRole('checkbox', { name: 'SecNumCloud', exact: true }).check();
    const broken = moduleCard(page, 'clever-cloud-app').locator('.module-note-broken');
    await expect(broken.locator('p')).toHaveText('Ne peut pas être commandé en l’état');
    release();
    await expect(note.locator('p')).toContainText('Indisponible : vous avez choisi Alinto Messagerie Essentielle');
    await expect(note.locator('p')).toContainText('Le tiroir « Messagerie » n’accepte qu’un module.');
    await expect(note.getByRole('button', { name: 'Retirer Alinto Messagerie Essentielle' })).toBeVisible();
    await expect(added).toContainText('Ajouté d’office : vous avez choisi Outscale Sauvegarde.');
    await expect(broken.locator('p')).toContainText('Ne peut pas être commandé en l’état. La qualification SecNumCloud');
    await expect(broken.getByRole('button', { name: 'Ne plus exiger SecNumCloud' })).toBeVisible();
    await expect(page.locator('.quote-details-soon')).toHaveCount(0);
    await expect(page.locator('[data-line="alinto-mail-essential"]')).toBeVisible();
    await expect(page.locator('[data-total="monthlyGross"]')).toBeVisible();
  });

  test('QA: offline just after the first screen, the quote offers « Réessayer », and the cards say why at the first change once back online', async ({ page, context }) => {
    const note = await blockedWhileOffline(page, context);
    const soon = page.locator('.quote-details-soon');
    await expect(soon).toContainText('Cette partie de la page n’a pas pu être chargée');
    await context.setOffline(false);
    await soon.getByRole('button', { name: 'Réessayer' }).click();
    await expect(page.locator('[data-line="alinto-mail-essential"]')).toBeVisible();
    await expect(note).toContainText('vous avez choisi Alinto Messagerie Essentielle');
  });

  test('QA: offline, a change asks again: back online, the next change brings the cards their notes', async ({ page, context }) => {
    const note = await blockedWhileOffline(page, context);
    await context.setOffline(false);
    await selectModule(page, 'CryptPad Équipe');
    await expect(note).toContainText('vous avez choisi Alinto Messagerie Essentielle');
    await expect(page.locator('[data-line="cryptpad-team"]')).toBeVisible();
  });

  test('offline just after the first screen, the parts that load later still come once back online (review: they imported the later parts’ file)', async ({ page, context }) => {
    await blockedWhileOffline(page, context);
    await context.setOffline(false);
    // A broken rule: Outscale Stockage bloc brings Outscale Machines virtuelles; unticking them breaks « storage-needs-vm ».
    await selectModule(page, 'Outscale Stockage bloc');
    await page.getByRole('checkbox', { name: 'Outscale Machines virtuelles', exact: true }).uncheck();
    const banner = page.locator('.violation-banner');
    await expect(banner.getByRole('listitem').first()).toContainText('Outscale');
    await expect(banner.locator('.repairs button').first()).toBeVisible();
    await laterBehavioursRunning(page);
  });

  test('QA: a link opened where the later parts cannot download shows its quote, the cards their states, the quote « Réessayer »', async ({ page, browser }) => {
    await openConfigurator(page);
    await selectModule(page, 'Alinto Messagerie Essentielle');
    await expect(page).toHaveURL(/#.+/);
    const fresh = await (await browser.newContext({ locale: 'fr-FR' })).newPage();
    await fresh.route(/\/later-parts-[^/]*\.js(\?[^/]*)?$/, (route) => route.abort());
    await fresh.goto(page.url());
    await expect(moduleCard(fresh, 'alinto-mail-business').locator('.module-note-blocked p')).toHaveText('Indisponible');
    await expect(fresh.locator('.quote-details-soon')).toContainText('Cette partie de la page n’a pas pu être chargée');
    await expect(fresh.locator('[data-total="monthlyNet"]')).toContainText('75,00');
    await fresh.context().close();
  });

  test('QA: a draft whose later parts stall shows its cards within 2 s, their states alone, and all of it when they come', async ({ page }) => {
    await openConfigurator(page);
    await selectModule(page, 'Alinto Messagerie Essentielle');
    const note = moduleCard(page, 'alinto-mail-business').locator('.module-note-blocked p');
    await expect(note).toContainText('vous avez choisi');
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(LATER_PARTS, async (route) => {
      await held;
      await route.continue();
    });
    await page.reload();
    await expect(note).toHaveText('Indisponible', { timeout: 5_000 });
    await expect(page.locator('.quote-details-soon')).toBeVisible();
    release();
    await expect(note).toContainText('vous avez choisi Alinto Messagerie Essentielle');
    await expect(page.locator('[data-line="alinto-mail-essential"]')).toBeVisible();
  });

  test('a draft with a blocked card, read back, says why and lists its lines with the first card drawn', async ({ page }) => {
    await openConfigurator(page);
    await selectModule(page, 'Alinto Messagerie Essentielle');
    await expect(moduleCard(page, 'alinto-mail-business').locator('.module-note-blocked')).toContainText('Alinto Messagerie Essentielle');
    // What the page holds in the very task that draws the first card, before any later file could add to it.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        const card = document.querySelector('[data-module="alinto-mail-business"]');
        if (card === null) return;
        observer.disconnect();
        (window as unknown as { firstDrawn: { card: string; line: boolean } }).firstDrawn = {
          card: card.textContent ?? '',
          line: document.querySelector('[data-line="alinto-mail-essential"]') !== null,
        };
      }).observe(document, { childList: true, subtree: true });
    });
    await page.reload();
    await expect(moduleCard(page, 'alinto-mail-business')).toHaveAttribute('data-state', 'blocked');
    const firstDrawn = await page.evaluate(() => (window as unknown as { firstDrawn?: { card: string; line: boolean } }).firstDrawn);
    expect(firstDrawn?.card).toContain('vous avez choisi Alinto Messagerie Essentielle');
    expect(firstDrawn?.line).toBe(true);
  });
});
