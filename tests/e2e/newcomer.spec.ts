import { expect, test } from '@playwright/test';
import { moduleCard, openConfigurator, selectModule } from './configurator';
import { quoteTool, savedConfiguration, totalsOnScreen } from './quote-tool';

test('a newcomer builds mail + office + IaaS + security, hits a conflict, reads why, fixes it in one click, and the totals equal the quote tool', async ({ page }) => {
  await openConfigurator(page);
  await selectModule(page, 'Alinto Messagerie Business');
  await selectModule(page, 'CryptPad Équipe');
  await selectModule(page, 'Outscale Machines virtuelles');
  await selectModule(page, 'WALLIX Bastion');

  const protect = moduleCard(page, 'alinto-protect');
  await expect(protect).toHaveAttribute('data-state', 'blocked');
  await expect(protect.getByRole('checkbox', { name: 'Alinto Protect (filtrage de messagerie)' })).toBeDisabled();
  await expect(protect).toHaveAccessibleDescription(/la formule Business l’inclut déjà/);

  await protect.getByRole('button', { name: 'Retirer Alinto Messagerie Business' }).click();
  await expect(protect).not.toHaveAttribute('data-state', 'blocked');
  await expect(moduleCard(page, 'alinto-mail-business')).toHaveAttribute('data-state', 'available');
  await selectModule(page, 'Alinto Messagerie Essentielle');
  await selectModule(page, 'Alinto Protect (filtrage de messagerie)');

  await expect(page.locator('[data-total="monthlyNet"]').first()).toBeVisible();
  // Saved a moment after the last tick: read before, the draft lacked Alinto Protect.
  await expect.poll(async () => ((await savedConfiguration(page)) as { items: { module: string }[] } | undefined)?.items.length).toBe(5);
  const configuration = await savedConfiguration(page);
  const tool = quoteTool(configuration);
  expect(tool.lines.map((l) => l.module)).toEqual(['cryptpad-team', 'outscale-vm', 'wallix-bastion', 'alinto-mail-essential', 'alinto-protect']);
  const onScreen = await totalsOnScreen(page);
  expect(Object.keys(onScreen).length).toBeGreaterThanOrEqual(8);
  for (const [name, cents] of Object.entries(onScreen)) expect({ name, cents }).toEqual({ name, cents: tool.totals[name] });
});

test('in a one-module drawer, the other module offers to take its place in one click, and undo brings the first back', async ({ page }) => {
  await openConfigurator(page);
  await selectModule(page, 'CryptPad Équipe');
  const enterprise = moduleCard(page, 'cryptpad-enterprise');
  await expect(enterprise).toHaveAttribute('data-state', 'blocked');
  await enterprise.getByRole('button', { name: 'Prendre CryptPad Entreprise à la place' }).click();
  await expect(enterprise).toHaveAttribute('data-state', 'selected');
  await expect(moduleCard(page, 'cryptpad-team')).toHaveAttribute('data-state', 'blocked');
  await page.getByRole('button', { name: /Annuler/ }).first().click();
  await expect(moduleCard(page, 'cryptpad-team')).toHaveAttribute('data-state', 'selected');
});
