import { expect, test } from '@playwright/test';
import { encodeShareCode } from '../../src/domain/share-code';
import { laterBehavioursRunning, openConfigurator, selectModule } from './configurator';

/** A reader's text spacing (WCAG 1.4.12), as a bookmarklet or a user stylesheet sets it. */
const TEXT_SPACING = '*, *::before, *::after { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';

test.use({ viewport: { width: 320, height: 568 } });

test('QA: with a reader’s text spacing the folded quote bar grows, and no control the keyboard reaches hides behind it', async ({ page }) => {
  await openConfigurator(page);
  await page.addStyleTag({ content: TEXT_SPACING });
  await selectModule(page, 'Alinto Messagerie Business');
  await selectModule(page, 'Clever Cloud Applications');
  const bar = page.locator('.quote-bar');
  // Taller than the 5.5rem (88 px) the stylesheet keeps for it: the case the room must follow.
  await expect.poll(async () => (await bar.boundingBox())?.height ?? 0).toBeGreaterThan(100);
  await expect(page.getByRole('button', { name: 'Importer un fichier JSON' })).toBeAttached();
  await expect.poll(() => page.evaluate(() => document.documentElement.style.getPropertyValue('--quote-bar-room'))).not.toBe('');
  await page.evaluate(() => {
    window.scrollTo(0, 0);
    (document.activeElement as HTMLElement | null)?.blur();
  });
  const behind: string[] = [];
  for (let stop = 0; stop < 120; stop++) {
    await page.keyboard.press('Tab');
    const hidden = await page.evaluate(() => {
      const focused = document.activeElement;
      const sheet = document.querySelector('.quote-panel');
      if (!focused || focused === document.body || !sheet || sheet.contains(focused)) return null;
      const { bottom } = focused.getBoundingClientRect();
      return bottom > sheet.getBoundingClientRect().top + 1 ? `${focused.tagName} ${focused.getAttribute('name') ?? focused.textContent?.trim().slice(0, 30)}` : null;
    });
    if (hidden) behind.push(hidden);
  }
  expect(behind).toEqual([]);
});

test('QA: with a reader’s text spacing at 320 px, the split by consortium member fits the open sheet (it scrolled 6 px sideways)', async ({ page }) => {
  await openConfigurator(page);
  await page.addStyleTag({ content: TEXT_SPACING });
  for (const name of ['Jamespot Digital Workplace', 'Clever Cloud Applications', 'Outscale Machines virtuelles']) await selectModule(page, name);
  await page.getByRole('button', { name: 'Voir le devis' }).click();
  await page.getByLabel('Mode commercial').check();
  const split = page.locator('table.sales-split-table');
  await expect(split).toContainText('3DS Outscale');
  const body = page.locator('.quote-body');
  expect(await body.evaluate((e) => e.scrollWidth - e.clientWidth)).toBeLessThanOrEqual(0);
  expect(await split.evaluate((e) => e.getBoundingClientRect().right)).toBeLessThanOrEqual(320);
});

test('QA: with a reader’s text spacing and a valid configuration, the page’s end stays above the folded bar', async ({ page }) => {
  await openConfigurator(page);
  await page.addStyleTag({ content: TEXT_SPACING });
  await selectModule(page, 'CryptPad Équipe');
  await expect.poll(() => page.evaluate(() => document.documentElement.style.getPropertyValue('--quote-bar-room'))).not.toBe('');
  await expect(page.getByRole('button', { name: 'Importer un fichier JSON' })).toBeAttached();
  await expect.poll(() => page.evaluate(() => {
    window.scrollTo(0, document.documentElement.scrollHeight);
    const column = document.querySelector('.configurator-column')!.getBoundingClientRect();
    return Math.round(document.querySelector('.quote-panel')!.getBoundingClientRect().top - column.bottom);
  })).toBeGreaterThanOrEqual(0);
});

test('QA: at 320 px, a notice’s buttons keep their words whole (« Fer|mer » was cut beside a long button)', async ({ page }) => {
  await openConfigurator(page);
  await selectModule(page, 'CryptPad Équipe');
  await page.goto(`./#${encodeShareCode({ catalog: '2026-11', items: [{ module: 'outscale-vm', quantity: 4 }], termMonths: 12, requirements: [], salesDiscountBp: 0 })}`);
  const notice = page.getByRole('status').filter({ hasText: 'Le lien a remplacé votre brouillon' });
  await expect(notice).toBeVisible();
  const lines = await notice.getByRole('button').evaluateAll((buttons) => buttons.map((button) => {
    const words = document.createRange();
    words.selectNodeContents(button);
    // One box per line of text: a word cut in two makes two for a one-word label.
    return [button.textContent, new Set([...words.getClientRects()].map((r) => Math.round(r.top))).size];
  }));
  expect(lines).toContainEqual(['Fermer', 1]);
  for (const [label, count] of lines) if (!String(label).includes(' ')) expect(count, String(label)).toBe(1);
});

test('QA: at 400 % zoom (320 × 256), the folded bar of a configuration that cannot be ordered leaves most of the screen to the page', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 256 });
  for (const [locale, sheetButton] of [['fr', 'Voir le devis'], ['en', 'See the quote']] as const) {
    await openConfigurator(page);
    if (locale === 'en') await page.getByRole('button', { name: 'English' }).click();
    for (const id of ['cryptpad-team', 'clever-cloud-app', 'datakeen-documents']) await page.locator(`[data-module="${id}"] input[type=checkbox]`).check();
    await page.getByRole('checkbox', { name: 'SecNumCloud', exact: true }).check();
    await expect(page.locator('.quote-headline-invalid')).toBeVisible();
    // 111 px in French and 130 in English before: half the screen.
    expect((await page.locator('.quote-panel').boundingBox())?.height).toBeLessThan(80);
    await expect(page.getByRole('button', { name: sheetButton })).toBeInViewport({ ratio: 1 });
    await page.evaluate(() => localStorage.clear());
  }
});

test('on a wide screen the bar covers nothing: no room is kept for it, so a toggle that changes its height does not restyle the whole page', async ({ page }) => {
  await openConfigurator(page);
  const room = () => page.evaluate(() => document.documentElement.style.getPropertyValue('--quote-bar-room'));
  const barHeight = async () => Math.round((await page.locator('.quote-bar').boundingBox())?.height ?? 0);
  await laterBehavioursRunning(page);
  await expect.poll(room).not.toBe('');
  await page.setViewportSize({ width: 1440, height: 1000 });
  await expect.poll(room).toBe('');
  const before = await barHeight();
  await selectModule(page, 'CryptPad Équipe');
  await expect.poll(barHeight).not.toBe(before);
  await page.evaluate(() => new Promise((shown) => requestAnimationFrame(() => requestAnimationFrame(shown))));
  expect(await room()).toBe('');
  await page.setViewportSize({ width: 320, height: 568 });
  await expect.poll(room).toBe(`${Math.ceil((await page.locator('.quote-bar').boundingBox())?.height ?? 0) + 16}px`);
});
