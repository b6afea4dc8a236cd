import { expect, test } from '@playwright/test';
import { openConfigurator, selectModule } from './configurator';

const SEVEN = ['Alinto Messagerie Business', 'CryptPad Équipe', 'Outscale Machines virtuelles', 'Jamespot Digital Workplace', 'WALLIX Bastion', 'Glowbl Réunions', 'XWiki Base de connaissances'];

for (const [width, height] of [[1280, 800], [993, 700]] as const) {
  test(`QA: at ${width} × ${height}, a quote panel taller than the screen keeps its top in view at the end of the page`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openConfigurator(page);
    for (const name of SEVEN) await selectModule(page, name);
    const panel = page.locator('.quote-panel');
    // The panel fills the screen's height (its own scroller), so the page's end is where it could slide up.
    await expect.poll(() => panel.evaluate((e) => e.scrollHeight > e.clientHeight)).toBe(true);
    // The sections after the first screen (customer, documents) arrive a moment later and lengthen the page.
    await expect(page.getByRole('button', { name: 'Importer un fichier JSON' })).toBeAttached();
    await expect.poll(() => page.evaluate(() => {
      window.scrollTo(0, document.documentElement.scrollHeight);
      return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1;
    })).toBe(true);
    const top = await panel.evaluate((e) => e.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    await expect(page.getByText('Votre devis', { exact: true })).toBeInViewport({ ratio: 1 });
  });
}
