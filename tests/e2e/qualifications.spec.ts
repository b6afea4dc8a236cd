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
