import { expect, test, type Page } from '@playwright/test';
import { laterBehavioursRunning, moduleCard, openConfigurator, selectModule } from './configurator';

/** The one polite live region that says each change to the configuration. */
const announcer = (page: Page) => page.locator('.configurator-main > p[role="status"]');

/** What the region says once it has spoken, no-break spaces read as spaces. */
async function expectSaid(page: Page, text: string): Promise<void> {
  await expect.poll(async () => (await announcer(page).textContent())?.replace(/[\u00A0\u202F]/g, ' ')).toBe(text);
}

/** Errors the page did not catch (an import that failed without a handler is one). */
function uncaught(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** The later behaviours' file (undo shortcuts, announcements) and the announcements' own file do not arrive until `arrive()`. */
async function laterCodeLost(page: Page) {
  let lost = true;
  // Every address of the file: a retry asks for it under another one (ui/import-again.ts).
  await page.route(/(later-behaviours|change-announcement)-[^/]*\.js(\?[^/]*)?$/, (route) => (lost ? route.abort() : route.continue()));
  return { arrive: () => { lost = false; } };
}

test.use({ viewport: { width: 1440, height: 1000 } });

test('offline a while after the first screen, each change is still said and Ctrl+Z still undoes', async ({ page, context }) => {
  const errors = uncaught(page);
  await openConfigurator(page);
  // Running, not only fetched: the files it imports come after its own (no preload, vite.config.ts); offline between the
  // two, it would be fetched again at the next change, offline too (2 of 20 runs under load).
  await laterBehavioursRunning(page);
  await context.setOffline(true);
  await selectModule(page, 'Alinto Messagerie Essentielle');
  await expectSaid(page, 'Module Alinto Messagerie Essentielle ajouté. Total mensuel HT : 75,00 €.');
  await page.keyboard.press('Control+z');
  await expectSaid(page, 'Annulé : module Alinto Messagerie Essentielle retiré. Total mensuel HT : 0,00 €.');
  await expect(moduleCard(page, 'alinto-mail-essential')).toHaveAttribute('data-state', 'available');
  expect(errors).toEqual([]);
});

test('offline from the first screen: Ctrl+Z still undoes at once, no error; back online, changes are said again', async ({ page }) => {
  const errors = uncaught(page);
  const code = await laterCodeLost(page);
  await openConfigurator(page);
  await selectModule(page, 'Alinto Messagerie Essentielle');
  await page.getByRole('checkbox', { name: 'Alinto Messagerie Essentielle', exact: true }).focus();
  await page.keyboard.press('Control+z');
  // The step is the store's, on the first screen: taken at once, without the code that could not arrive.
  await expect(moduleCard(page, 'alinto-mail-essential')).toHaveAttribute('data-state', 'available');
  await page.keyboard.press('Control+y');
  await expect(moduleCard(page, 'alinto-mail-essential')).toHaveAttribute('data-state', 'selected');
  await page.waitForTimeout(500);
  await expect(announcer(page)).toBeEmpty();
  expect(errors).toEqual([]);

  code.arrive();
  await page.keyboard.press('Control+z');
  await expect(moduleCard(page, 'alinto-mail-essential')).toHaveAttribute('data-state', 'available');
  await expect.poll(() => announcer(page).textContent()).toMatch(/Essentielle retiré/);
  await selectModule(page, 'CryptPad Équipe');
  await expect.poll(() => announcer(page).textContent()).toMatch(/^Module CryptPad Équipe ajouté/);
  expect(errors).toEqual([]);
});

test('undo and redo keys pressed while the shortcuts’ code is on its way take their steps at once, in order with the clicks around them', async ({ page }) => {
  let release = () => {};
  const arrived = new Promise<void>((resolve) => (release = resolve));
  await page.route(/later-behaviours-[^/]*\.js$/, async (route) => {
    await arrived;
    await route.continue();
  });
  await openConfigurator(page);
  await selectModule(page, 'Alinto Messagerie Essentielle');
  await selectModule(page, 'CryptPad Équipe');
  await page.getByRole('checkbox', { name: 'CryptPad Équipe', exact: true }).focus();
  // Two steps back, one forward: CryptPad out, then Alinto out, then Alinto back.
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+y');
  await expect(moduleCard(page, 'cryptpad-team')).toHaveAttribute('data-state', 'available');
  await expect(moduleCard(page, 'alinto-mail-essential')).toHaveAttribute('data-state', 'selected');
  // A click after the keys comes after them: the undo does not take it back when the code arrives.
  await selectModule(page, 'Outscale Machines virtuelles');
  release();
  await laterBehavioursRunning(page);
  await expect(moduleCard(page, 'outscale-vm')).toHaveAttribute('data-state', 'selected');
  await expect(moduleCard(page, 'alinto-mail-essential')).toHaveAttribute('data-state', 'selected');
  await page.keyboard.press('Control+Shift+z');
  await expect(moduleCard(page, 'outscale-vm')).toHaveAttribute('data-state', 'selected');
  await page.keyboard.press('Control+z');
  await expect(moduleCard(page, 'outscale-vm')).toHaveAttribute('data-state', 'available');
});
