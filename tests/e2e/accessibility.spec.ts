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
    await page.getByLabel('Remise commerciale (%)').fill('20');
    await page.getByLabel('Remise commerciale (%)').press('Enter');
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

/** Names and roles as Chromium gives them to assistive technology (its own accessibility tree, not a re-computation). */
async function chromiumNames(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree') as { nodes: { role?: { value: string }; name?: { value: string }; backendDOMNodeId?: number }[] };
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
  const wanted = await Promise.all(nodeIds.map(async (nodeId) => (await cdp.send('DOM.describeNode', { nodeId })).node.backendNodeId));
  return wanted.map((id) => nodes.find((n) => n.backendDOMNodeId === id)).map((n) => `${n?.role?.value} « ${n?.name?.value} »`);
}

test('QA: the undo and redo buttons are named by their words alone, not their arrows, in a named group', async ({ page }) => {
  await openConfigurator(page);
  // The arrows are still drawn, by the style sheet.
  expect(await page.locator('.history-controls button').evaluateAll((buttons) => buttons.map((b) => getComputedStyle(b, '::before').content))).toEqual(['"↶ " / ""', '"↷ " / ""']);
  expect(await chromiumNames(page, '.history-controls, .history-controls button')).toEqual([
    'group « Historique des modifications »', 'button « Annuler »', 'button « Rétablir »',
  ]);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'CollabNext configurator' })).toBeVisible();
  expect(await chromiumNames(page, '.history-controls, .history-controls button')).toEqual([
    'group « Change history »', 'button « Undo »', 'button « Redo »',
  ]);
});
