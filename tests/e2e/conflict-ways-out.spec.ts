import { expect, test } from '@playwright/test';
import { moduleCard, openConfigurator, selectModule } from './configurator';

test('QA: in a conflict of two modules with SecNumCloud, a card names both and offers only what frees it; that button does', async ({ page }) => {
  await openConfigurator(page);
  for (const name of ['CryptPad Équipe', 'Clever Cloud Applications', 'Datakeen Lecture de documents']) await selectModule(page, name);
  await page.getByRole('checkbox', { name: 'SecNumCloud', exact: true }).check();

  const glowbl = moduleCard(page, 'glowbl-meetings');
  await expect(glowbl).toHaveAttribute('data-state', 'blocked');
  const reason = glowbl.locator('.module-note-blocked');
  await expect(reason).toContainText('Clever Cloud Applications');
  await expect(reason).toContainText('Datakeen Lecture de documents');
  // « Retirer Clever Cloud Applications » alone left Glowbl blocked (by Datakeen): not offered; waiving SecNumCloud frees it.
  await expect(reason.getByRole('button')).toHaveText(['Ne plus exiger SecNumCloud']);

  // CryptPad Entreprise: blocked by CryptPad Équipe (one office suite) and by the conflict: no single choice frees it,
  // both together do (it offered no button at all until session 18).
  const enterprise = moduleCard(page, 'cryptpad-enterprise');
  await expect(enterprise.locator('.module-note-blocked')).toContainText('CryptPad Équipe');
  await expect(enterprise.locator('.module-note-blocked').getByRole('button')).toHaveText(['Retirer CryptPad Équipe et ne plus exiger SecNumCloud']);

  await reason.getByRole('button', { name: 'Ne plus exiger SecNumCloud' }).click();
  await expect(glowbl).toHaveAttribute('data-state', 'available');
});

test('Business with Essentielle and Protect chosen: its card names both, and « Prendre … à la place de ces 2 modules » leaves nothing broken', async ({ page }) => {
  await openConfigurator(page);
  await selectModule(page, 'Alinto Messagerie Essentielle');
  await selectModule(page, 'Alinto Protect (filtrage de messagerie)');

  // Held by the mail drawer's one place and by Protect, which needs Essentielle: « Retirer Essentielle » alone freed nothing.
  const business = moduleCard(page, 'alinto-mail-business');
  const reason = business.locator('.module-note-blocked');
  await expect(reason.getByRole('button')).toHaveText([
    'Prendre Alinto Messagerie Business à la place de ces 2 modules',
    'Retirer Alinto Messagerie Essentielle et Alinto Protect (filtrage de messagerie)',
  ]);
  await expect(reason).toContainText('Alinto Protect filtre la messagerie Essentielle');

  await reason.getByRole('button', { name: 'Prendre Alinto Messagerie Business à la place de ces 2 modules' }).click();
  await expect(business).toHaveAttribute('data-state', 'selected');
  await expect(moduleCard(page, 'alinto-mail-essential')).not.toHaveAttribute('data-state', 'selected');
  await expect(moduleCard(page, 'alinto-protect')).not.toHaveAttribute('data-state', 'selected');
  await expect(page.getByText('Cette configuration ne peut pas être commandée en l’état')).toHaveCount(0);

  // One change: one « Annuler » brings both back.
  await page.getByRole('button', { name: 'Annuler', exact: true }).click();
  await expect(moduleCard(page, 'alinto-mail-essential')).toHaveAttribute('data-state', 'selected');
  await expect(moduleCard(page, 'alinto-protect')).toHaveAttribute('data-state', 'selected');
});
