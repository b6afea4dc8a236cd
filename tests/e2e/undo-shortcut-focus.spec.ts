import { expect, test, type Page } from '@playwright/test';
import { openConfigurator, selectModule } from './configurator';

/** The history's buttons by place (undo, then redo), whatever their words. */
const undoButton = (page: Page) => page.locator('.history-controls button').first();

async function tabTo(page: Page, target: ReturnType<Page['locator']>): Promise<void> {
  for (let i = 0; i < 40; i += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error('could not reach the control with Tab');
}

test.use({ viewport: { width: 1440, height: 1000 } });

test('Ctrl+Z that takes away the focused repair, or « Voir les points à corriger », puts the focus on the undo button, never on the page', async ({ page }) => {
  await openConfigurator(page);
  await selectModule(page, 'Clever Cloud PostgreSQL');
  await page.getByRole('checkbox', { name: 'SecNumCloud', exact: true }).focus();
  await page.keyboard.press('Space');
  const banner = page.locator('#violation-banner');
  const waive = banner.getByRole('button', { name: 'Ne plus exiger SecNumCloud' });
  await expect(waive).toBeVisible();
  await tabTo(page, waive);
  await page.keyboard.press('Control+z');
  await expect(banner).toHaveCount(0);
  await expect(undoButton(page)).toBeFocused();

  await page.keyboard.press('Control+Shift+z');
  const show = page.getByRole('button', { name: 'Voir les points à corriger' });
  await show.focus();
  await page.keyboard.press('Control+z');
  await expect(show).toHaveCount(0);
  await expect(undoButton(page)).toBeFocused();
});
