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

  await page.getByRole('checkbox', { name: 'SecNumCloud', exact: true }).check();
  await expect(moduleCard(page, 'clever-cloud-app')).toHaveAttribute('data-state', 'blocked');
  await expect(moduleCard(page, 'outscale-vm')).toHaveAttribute('data-state', 'selected');

  await datakeen.getByRole('button', { name: 'Ne plus exiger HDS' }).click();
  await expect(hds).not.toBeChecked();
  await page.getByRole('checkbox', { name: 'SecNumCloud', exact: true }).uncheck();
  await expect(datakeen).toHaveAttribute('data-state', 'available');
  await expect(moduleCard(page, 'clever-cloud-app')).toHaveAttribute('data-state', 'available');
});
