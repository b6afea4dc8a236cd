import { expect, test } from '@playwright/test';
import { moduleCard, openConfigurator, selectModule } from './configurator';

test('keyboard only: a way out of a blocked card leaves the focus on that card’s checkbox, ready for Space', async ({ page }) => {
  await openConfigurator(page);
  await selectModule(page, 'Alinto Messagerie Business');
  const protect = moduleCard(page, 'alinto-protect');
  await protect.getByRole('button', { name: 'Retirer Alinto Messagerie Business' }).focus();
  await page.keyboard.press('Enter');
  const checkbox = protect.getByRole('checkbox', { name: 'Alinto Protect (filtrage de messagerie)' });
  await expect(checkbox).toBeFocused();
  await page.keyboard.press('Space');
  await expect(protect).toHaveAttribute('data-state', 'selected');
});
