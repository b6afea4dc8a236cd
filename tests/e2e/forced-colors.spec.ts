import { expect, test, type Locator, type Page } from '@playwright/test';
import { moduleCard, openConfigurator, selectModule } from './configurator';

/**
 * Windows High Contrast replaces the page's colours with a few system ones and drops shadows: a state drawn
 * with a background or a shadow disappears. Each control must look different in each state, and be seen at all.
 */
test.use({ viewport: { width: 1440, height: 1000 } });

for (const colorScheme of ['dark', 'light'] as const) {
  test.describe(`in forced colours (${colorScheme} theme)`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ forcedColors: 'active', colorScheme });
      await openConfigurator(page);
    });

    /** What the control looks like, and what its place looks like with the control hidden. */
    async function looks(page: Page, control: Locator): Promise<{ shown: Buffer; hidden: Buffer }> {
      await page.mouse.move(0, 0);
      const clip = await control.boundingBox();
      if (!clip) throw new Error('the control is not laid out');
      const shown = await page.screenshot({ clip, animations: 'disabled' });
      const element = await control.elementHandle();
      await element?.evaluate((e: HTMLElement) => (e.style.visibility = 'hidden'));
      const hidden = await page.screenshot({ clip, animations: 'disabled' });
      await element?.evaluate((e: HTMLElement) => (e.style.visibility = ''));
      return { shown, hidden };
    }

    test('the « Mode commercial » switch is seen off and on, and the two differ', async ({ page }) => {
      const toggle = page.getByRole('switch', { name: 'Mode commercial' });
      await toggle.scrollIntoViewIfNeeded();
      const off = await looks(page, toggle);
      await toggle.check();
      await toggle.blur();
      const on = await looks(page, toggle);
      expect(off.shown.equals(off.hidden), 'the switch off is invisible').toBe(false);
      expect(on.shown.equals(on.hidden), 'the switch on is invisible').toBe(false);
      expect(on.shown.equals(off.shown), 'on and off look the same').toBe(false);
    });

    test('the pressed language button differs from the same button not pressed', async ({ page }) => {
      const french = page.getByRole('button', { name: 'Français' });
      await expect(french).toHaveAttribute('aria-pressed', 'true');
      const pressed = await looks(page, french);
      await page.getByRole('button', { name: 'English' }).click();
      await expect(french).toHaveAttribute('aria-pressed', 'false');
      await page.getByRole('button', { name: 'English' }).blur();
      const notPressed = await looks(page, french);
      expect(pressed.shown.equals(notPressed.shown)).toBe(false);
    });

    test('a selected card has a frame an available one has not (the accent border and shadow are gone)', async ({ page }) => {
      await selectModule(page, 'Alinto Messagerie Essentielle');
      const frame = (card: Locator) => card.evaluate((e) => { const s = getComputedStyle(e); return `${s.outlineStyle} ${s.outlineWidth}`; });
      expect(await frame(moduleCard(page, 'alinto-mail-essential'))).not.toMatch(/^none|0px$/);
      expect(await frame(moduleCard(page, 'cryptpad-team'))).toMatch(/^none|0px$/);
    });
  });
}
