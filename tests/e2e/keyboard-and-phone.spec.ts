import { expect, test, type Page } from '@playwright/test';
import { moduleCard, openConfigurator, selectModule } from './configurator';

async function tabTo(page: Page, accessibleName: string, maxTabs = 200): Promise<void> {
  for (let i = 0; i < maxTabs; i += 1) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const label = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
      return (label ?? el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
    });
    if (name === accessibleName) return;
  }
  throw new Error(`could not reach "${accessibleName}" with Tab`);
}

test('the whole flow works with the keyboard alone, with a visible focus', async ({ page }) => {
  await openConfigurator(page);
  await tabTo(page, 'Outscale Machines virtuelles');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Space');
  await expect(moduleCard(page, 'outscale-vm')).toHaveAttribute('data-state', 'selected');

  // Past the card's qualification badges, which open onto what each qualification means.
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText(/SecNumCloud/);
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAttribute('role', 'spinbutton');
  await page.keyboard.press('ArrowUp');
  await expect(moduleCard(page, 'outscale-vm').getByRole('spinbutton')).toHaveValue('3');
  await expect(page.locator('[data-total="recurring"]')).toHaveAttribute('data-cents', '26700');

  // From the card's checkbox, Ctrl+Z and Ctrl+Shift+Z undo and redo the configuration (in its quantity field too, when nothing is typed there).
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(moduleCard(page, 'outscale-vm').getByRole('checkbox')).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(page.locator('[data-total="recurring"]')).toHaveAttribute('data-cents', '17800');
  await page.keyboard.press('Control+Shift+z');
  await expect(page.locator('[data-total="recurring"]')).toHaveAttribute('data-cents', '26700');

  await tabTo(page, 'Durée d’engagement');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Durée d’engagement')).toHaveValue('12');
  await expect(page.locator('[data-total="commitmentDiscount"]')).toHaveAttribute('data-cents', '2670');
});

test('the skip link takes the keyboard to the quote, and tabbing past the empty customer form leaves it unmarked', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 1000 });
  await openConfigurator(page);
  await expect(page.getByRole('form', { name: 'Client et devis' })).toBeAttached();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('button', { name: 'Aller au devis' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Votre devis' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Durée d’engagement')).toBeFocused();

  // The long way round: from a module's checkbox through the whole customer form to the quote.
  await tabTo(page, 'Outscale Machines virtuelles');
  await page.keyboard.press('Space');
  await tabTo(page, 'Durée d’engagement');
  await expect(page.getByRole('form', { name: 'Client et devis' }).getByRole('alert')).toHaveCount(0);
});

test.describe('at phone width (360 px)', () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test('nothing overflows sideways and the quote opens as a bottom sheet', async ({ page }) => {
    await openConfigurator(page);
    await selectModule(page, 'Alinto Messagerie Essentielle');
    await selectModule(page, 'Outscale Machines virtuelles');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const open = page.getByRole('button', { name: 'Voir le devis' });
    await expect(open).toBeVisible();
    await open.click();
    await expect(page.locator('[data-total="monthlyGross"]')).toBeVisible();
    await expect(page.locator('[data-total="recurring"]')).toHaveAttribute('data-cents', String(25 * 300 + 2 * 8900));
  });

  test('the skip link brings the keyboard to the folded sheet’s « Voir le devis »', async ({ page }) => {
    await openConfigurator(page);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Aller au devis' })).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Voir le devis' })).toBeFocused();
  });

  test('Tab never leaves the focus behind the folded sheet’s bar', async ({ page }) => {
    await openConfigurator(page);
    for (const name of ['Alinto Messagerie Essentielle', 'CryptPad Équipe', 'Outscale Sauvegarde']) await selectModule(page, name);
    await page.getByRole('checkbox', { name: 'Alinto Messagerie Essentielle', exact: true }).focus();
    const hidden: string[] = [];
    for (let i = 0; i < 60; i += 1) {
      await page.keyboard.press('Tab');
      const where = await page.evaluate(() => {
        const focused = document.activeElement;
        const bar = document.querySelector('.quote-bar');
        if (!(focused instanceof HTMLElement) || focused === document.body || !bar || focused.closest('.quote-panel')) return null;
        return { name: `${focused.tagName} ${focused.className} ${focused.getAttribute('aria-label') ?? focused.id}`, bottom: focused.getBoundingClientRect().bottom, barTop: bar.getBoundingClientRect().top };
      });
      if (where && where.bottom > where.barTop) hidden.push(`${where.name}: ${Math.round(where.bottom)} > ${Math.round(where.barTop)}`);
    }
    expect(hidden).toEqual([]);
  });
});

test('no request ever leaves the page’s own origin', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  const foreign: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) foreign.push(r.url());
  });
  await openConfigurator(page);
  for (const name of ['Alinto Messagerie Essentielle', 'CryptPad Équipe', 'Outscale Machines virtuelles']) await selectModule(page, name);
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByLabel('Sales mode').check();
  await page.mouse.wheel(0, 5000);
  await page.waitForTimeout(3000);
  expect(foreign).toEqual([]);
});
