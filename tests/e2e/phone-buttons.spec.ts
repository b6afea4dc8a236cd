import { expect, test, type Locator, type Page } from '@playwright/test';
import { moduleCard, openConfigurator, selectModule } from './configurator';

/** The lines a button's text takes on screen: distinct tops of its text's boxes. */
const linesOf = (button: Locator) =>
  button.evaluate((element) => {
    const tops = new Set<number>();
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const box of range.getClientRects()) if (box.width > 0) tops.add(Math.round(box.top));
    }
    return tops.size;
  });

async function trustelemShort(page: Page): Promise<Locator> {
  await selectModule(page, 'Alinto Messagerie Essentielle');
  await selectModule(page, 'WALLIX Trustelem (authentification unique)');
  const mailboxes = moduleCard(page, 'alinto-mail-essential').getByRole('spinbutton');
  await mailboxes.fill('60');
  await mailboxes.press('Enter');
  return page.getByRole('button', { name: 'Passer WALLIX Trustelem (authentification unique) à 60 utilisateurs', exact: true });
}

for (const width of [320, 360]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 780 } });

    test('a long repair keeps to two lines, its name without the parenthesis in sight, whole in its accessible name', async ({ page }) => {
      await openConfigurator(page);
      const repair = await trustelemShort(page);
      await expect(repair).toBeVisible();
      expect(await linesOf(repair)).toBeLessThanOrEqual(2);
      expect((await repair.innerText()).replace(/\s+/g, ' ')).toBe('Passer WALLIX Trustelem à 60 utilisateurs');
    });

    test('the ways out of a blocked card keep to two lines', async ({ page }) => {
      await openConfigurator(page);
      await selectModule(page, 'Jamespot Digital Workplace');
      const swap = moduleCard(page, 'jamespot-intranet-secnum').getByRole('button', { name: 'Prendre Jamespot Digital Workplace — hébergement SecNumCloud à la place' });
      await expect(swap).toBeVisible();
      expect(await linesOf(swap)).toBeLessThanOrEqual(2);
    });
  });
}

test.describe('in English at 320 px', () => {
  test.use({ viewport: { width: 320, height: 780 }, locale: 'en-GB' });
  test('« Remove Jamespot Digital Workplace — SecNumCloud hosting » keeps to two lines', async ({ page }) => {
    await openConfigurator(page);
    await selectModule(page, 'Jamespot Digital Workplace — SecNumCloud hosting');
    const remove = moduleCard(page, 'jamespot-intranet').getByRole('button', { name: 'Remove Jamespot Digital Workplace — SecNumCloud hosting' });
    await expect(remove).toBeVisible();
    expect(await linesOf(remove)).toBeLessThanOrEqual(2);
  });
});

test('on a wide screen the repair says the whole name', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openConfigurator(page);
  const repair = await trustelemShort(page);
  await expect(repair).toHaveText('Passer WALLIX Trustelem (authentification unique) à 60 utilisateurs');
});
