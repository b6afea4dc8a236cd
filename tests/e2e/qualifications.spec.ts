import { expect, test } from '@playwright/test';
import { moduleCard, openConfigurator, selectModule } from './configurator';

test('demanding a qualification rules modules out at once, says why, and waiving it brings them back', async ({ page }) => {
  await openConfigurator(page);
  await selectModule(page, 'Outscale Machines virtuelles');
  const hds = page.getByRole('checkbox', { name: 'HDS', exact: true });
  await hds.check();
  const datakeen = moduleCard(page, 'datakeen-documents');
  await expect(datakeen).toHaveAttribute('data-state', 'blocked');
  await expect(datakeen).toHaveAccessibleDescription(/HDS/);
  await expect(moduleCard(page, 'clever-cloud-app')).toHaveAttribute('data-state', 'available');

  await datakeen.getByRole('button', { name: 'Ne plus exiger HDS' }).click();
  await expect(hds).not.toBeChecked();
  await expect(datakeen).toHaveAttribute('data-state', 'available');

  const secNumCloud = page.getByRole('checkbox', { name: 'SecNumCloud', exact: true });
  await secNumCloud.check();
  await expect(moduleCard(page, 'clever-cloud-app')).toHaveAttribute('data-state', 'blocked');
  await expect(moduleCard(page, 'clever-cloud-app')).toHaveAccessibleDescription(/SecNumCloud/);
  await expect(moduleCard(page, 'outscale-vm')).toHaveAttribute('data-state', 'selected');
  await secNumCloud.uncheck();
  await expect(moduleCard(page, 'clever-cloud-app')).toHaveAttribute('data-state', 'available');
});

test('a qualification turned on that rules out a module already chosen says so on that card, with both ways out', async ({ page }) => {
  await openConfigurator(page);
  await selectModule(page, 'Clever Cloud Applications');
  await page.getByRole('checkbox', { name: 'SecNumCloud', exact: true }).check();
  const app = moduleCard(page, 'clever-cloud-app');
  await expect(app).toHaveAttribute('data-state', 'selected');
  await expect(app.getByRole('checkbox')).toHaveAccessibleDescription(/La qualification SecNumCloud écarte les modules qui ne l’ont pas/);
  await app.getByRole('button', { name: 'Ne plus exiger SecNumCloud' }).click();
  await expect(page.getByRole('checkbox', { name: 'SecNumCloud', exact: true })).not.toBeChecked();
  await expect(app.getByRole('checkbox')).toBeFocused();
  await expect(app).not.toContainText('Ne peut pas être commandé');
});
