import { expect, test, type Page } from '@playwright/test';
import catalog from '../../public/catalogs/2026-11.json' with { type: 'json' };
import type { Configuration } from '../../src/domain/configuration';
import { encodeShareCode } from '../../src/domain/share-code';
import { openConfigurator } from './configurator';

/** The largest monthly net the catalog allows: every module at its largest quantity, no commitment, no sales discount. */
const EVERY_MODULE_AT_MAX: Configuration = {
  catalog: catalog.version, termMonths: 1, requirements: [], salesDiscountBp: 0,
  items: catalog.modules.map((m) => ({ module: m.id, quantity: m.quantity.max })),
};

const LINKS = [
  ['Jamespot SecNumCloud, 1 050 590,00 € a month', '#1UgFDbIJKNYAIZvAXHel'],
  ['every module at its largest quantity', `#${encodeShareCode(EVERY_MODULE_AT_MAX)}`],
] as const;

type Box = { x: number; y: number; width: number; height: number };
const intersect = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The monthly net and the sheet's button do not overlap, and the amount stays inside the bar. */
async function expectAmountClear(page: Page, state: string) {
  const amount = await page.locator('.quote-headline-amount').boundingBox();
  const bar = await page.locator('.quote-bar').boundingBox();
  const toggle = page.locator('.quote-toggle');
  expect(amount, state).not.toBeNull();
  expect(bar, state).not.toBeNull();
  if (!amount || !bar) return;
  expect(amount.x + amount.width, `${state}: amount inside the bar`).toBeLessThanOrEqual(bar.x + bar.width);
  if (await toggle.isVisible()) {
    const button = await toggle.boundingBox();
    expect(button && intersect(amount, button), `${state}: amount ${JSON.stringify(amount)}, button ${JSON.stringify(button)}`).toBe(false);
  }
}

for (const [lang, locale, show, hide] of [['fr', 'fr-FR', 'Voir le devis', 'Masquer le devis'], ['en', 'en-GB', 'See the quote', 'Hide the quote']] as const) {
  test.describe(`the quote's headline amount (${lang})`, () => {
    test.use({ locale });
    for (const [what, hash] of LINKS) {
      for (const width of [320, 360]) {
        test(`is never under the sheet's button, folded or open, at ${width} px: ${what}`, async ({ page }) => {
          await page.setViewportSize({ width, height: 740 });
          await openConfigurator(page, hash);
          await expectAmountClear(page, 'folded');
          // Two lines at most: the folded bar stays within the room the page keeps for it (a control scrolled to stops above it).
          const room = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).scrollPaddingBottom));
          expect((await page.locator('.quote-bar').boundingBox())?.height).toBeLessThanOrEqual(room);
          await page.getByRole('button', { name: show }).click();
          await expect(page.getByRole('button', { name: hide })).toBeVisible();
          await expectAmountClear(page, 'open');
        });
      }
      test(`stays inside the side panel on a wide screen: ${what}`, async ({ page }) => {
        await page.setViewportSize({ width: 1280, height: 900 });
        await openConfigurator(page, hash);
        await expect(page.locator('.quote-toggle')).toBeHidden();
        await expectAmountClear(page, 'wide');
      });
    }
  });
}

/** Alinto for 60 mailboxes with WALLIX Authenticator for its default users: the MFA rule wants as many users as mailboxes. */
const CANNOT_BE_ORDERED: Configuration = {
  catalog: catalog.version, termMonths: 1, requirements: [], salesDiscountBp: 0,
  items: [{ module: 'alinto-mail-essential', quantity: 60 }, { module: 'wallix-authenticator', quantity: 25 }],
};

test.describe('the folded quote bar of a configuration that cannot be ordered', () => {
  for (const width of [320, 360]) {
    test(`says so beside the amount at ${width} px, within the room the page keeps for the bar`, async ({ page }) => {
      await page.setViewportSize({ width, height: 740 });
      await openConfigurator(page, `#${encodeShareCode(CANNOT_BE_ORDERED)}`);
      const bar = page.locator('.quote-bar');
      await expect(bar).toContainText('Non commandable en l’état');
      await expectAmountClear(page, 'folded');
      const room = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).scrollPaddingBottom));
      expect((await bar.boundingBox())?.height).toBeLessThanOrEqual(room);
      await page.getByRole('button', { name: 'Voir le devis' }).click();
      await expect(page.locator('.quote-body')).toContainText('Cette configuration ne peut pas être commandée en l’état');
    });
  }

  test('in English at 320 px (the bar on three lines, 130 px), the page ends above it and a control the focus reaches stops above it', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await openConfigurator(page, `#${encodeShareCode(CANNOT_BE_ORDERED)}`);
    const bar = page.locator('.quote-bar');
    await expect(bar).toContainText('Cannot be ordered as it stands');
    const room = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).scrollPaddingBottom));
    const barBox = await bar.boundingBox();
    expect(barBox?.height).toBeLessThanOrEqual(room);
    // The parts loaded after the first screen are there (the page's end): in CI one arrived after the scroll to the end
    // and put the last control 2 448 px down.
    await expect(page.getByRole('button', { name: 'Import a JSON file' })).toBeAttached();
    // The page's last control: scrolled to the very end, then reached by the focus from the top, it is above the bar.
    const lastControlBottom = () => page.evaluate(() => {
      const controls = [...document.querySelectorAll<HTMLElement>('.configurator button, .configurator input, .configurator select, .configurator a[href]')]
        .filter((c) => !c.closest('.quote-panel') && c.getClientRects().length > 0);
      return controls.at(-1)?.getBoundingClientRect().bottom ?? Infinity;
    });
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    expect(await lastControlBottom()).toBeLessThanOrEqual((barBox?.y ?? 0) + 1);
    await page.evaluate(() => {
      window.scrollTo(0, 0);
      const controls = [...document.querySelectorAll<HTMLElement>('.configurator button, .configurator input, .configurator select, .configurator a[href]')]
        .filter((c) => !c.closest('.quote-panel') && c.getClientRects().length > 0);
      controls.at(-1)?.focus();
    });
    expect(await lastControlBottom()).toBeLessThanOrEqual((barBox?.y ?? 0) + 1);
    await context.close();
  });

  test('is said by the panel itself on a wide screen, not twice in its head', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await openConfigurator(page, `#${encodeShareCode(CANNOT_BE_ORDERED)}`);
    await expect(page.locator('.quote-body')).toContainText('Cette configuration ne peut pas être commandée en l’état');
    await expect(page.locator('.quote-bar').getByText('Non commandable en l’état')).toBeHidden();
  });
});
