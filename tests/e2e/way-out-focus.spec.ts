import { expect, test } from '@playwright/test';
import { laterBehavioursRunning, moduleCard, openConfigurator, selectModule } from './configurator';

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

test('in a conflict, « Retirer X » on a card that is then blocked leaves the focus in that card when the conflict’s fuller reasons replace its buttons', async ({ page }) => {
  await openConfigurator(page);
  await laterBehavioursRunning(page);
  for (const name of ['Alinto Messagerie Essentielle', 'CryptPad Équipe', 'WALLIX Bastion', 'Outscale Machines virtuelles']) await selectModule(page, name);
  await page.getByRole('checkbox', { name: 'ISO 27001', exact: true }).check();
  const cryptpad = moduleCard(page, 'cryptpad-team');
  await cryptpad.getByRole('button', { name: 'Retirer CryptPad Équipe' }).focus();
  await page.keyboard.press('Enter');
  await expect(cryptpad).toHaveAttribute('data-state', 'blocked');
  // The card's ways out settle on the one that frees it; the focus is on it, never on the page's body.
  await expect(cryptpad.getByRole('button')).toHaveText(['Ne plus exiger ISO 27001']);
  await expect(cryptpad.getByRole('button', { name: 'Ne plus exiger ISO 27001' })).toBeFocused();
});
