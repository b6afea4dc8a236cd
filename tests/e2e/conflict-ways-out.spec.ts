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

  // CryptPad Entreprise: blocked by CryptPad Équipe (one office suite) and by the conflict: no single choice frees it.
  const enterprise = moduleCard(page, 'cryptpad-enterprise');
  await expect(enterprise.locator('.module-note-blocked')).toContainText('CryptPad Équipe');
  await expect(enterprise.locator('.module-note-blocked').getByRole('button')).toHaveCount(0);

  await reason.getByRole('button', { name: 'Ne plus exiger SecNumCloud' }).click();
  await expect(glowbl).toHaveAttribute('data-state', 'available');
});
