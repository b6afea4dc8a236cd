import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openConfigurator, selectModule } from './configurator';

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test.describe('axe (WCAG 2.1 AA) finds nothing', () => {
  test('on the empty configurator', async ({ page }) => {
    await openConfigurator(page);
    await expectNoAxeViolations(page);
  });

  test('on a configured bundle with suggestions', async ({ page }) => {
    await openConfigurator(page);
    for (const name of ['Alinto Messagerie Essentielle', 'CryptPad Équipe', 'Outscale Machines virtuelles', 'Jamespot Digital Workplace']) await selectModule(page, name);
    await expectNoAxeViolations(page);
  });

  test('on a configuration in conflict', async ({ page }) => {
    await openConfigurator(page);
    await selectModule(page, 'Outscale Machines virtuelles');
    await selectModule(page, 'Outscale Stockage bloc');
    await selectModule(page, 'Outscale Sauvegarde');
    await page.locator('[data-module="outscale-backup"]').getByRole('spinbutton').fill('10');
    await expect(page.getByRole('alert').filter({ hasText: 'ne peut pas être commandée' }).first()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('in sales mode with a discount that needs approval', async ({ page }) => {
    await openConfigurator(page);
    await selectModule(page, 'Outscale Machines virtuelles');
    await page.getByLabel('Mode commercial').check();
    await page.getByLabel('Remise négociée (%)').fill('20');
    await page.getByLabel('Remise négociée (%)').press('Enter');
    await expect(page.getByText(/au-delà du seuil/).first()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('with errors in the customer form', async ({ page }) => {
    await openConfigurator(page);
    const siret = page.getByLabel('SIREN ou SIRET');
    await siret.fill('123');
    await page.getByLabel('Raison sociale').focus();
    await expect(page.getByRole('alert').filter({ hasText: /SIRE[NT]/ }).first()).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe("Chromium's accessibility tree", () => {
  // What a screen reader reads: Playwright's role queries compute roles themselves and would find
  // content that Chromium leaves out of its tree (off-screen drawers skipped by content-visibility were).
  test('holds every drawer and every module checkbox at phone width, far below the first screen', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await openConfigurator(page);
    const drawers = await page.locator('[data-drawer] h2').allTextContents();
    const modules = await page.locator('[data-module]').count();
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { ignored: boolean; role?: { value: string }; name?: { value: string } }[] };
    const exposed = (role: string) => nodes.filter((n) => !n.ignored && n.role?.value === role);
    expect(drawers.length).toBeGreaterThanOrEqual(6);
    expect(exposed('heading').map((n) => n.name?.value)).toEqual(expect.arrayContaining(drawers));
    expect(exposed('checkbox').length).toBeGreaterThanOrEqual(modules);
  });
});
