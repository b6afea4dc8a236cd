import { expect, test, type Page } from '@playwright/test';
import { moduleCard, openConfigurator, selectModule } from './configurator';

const selected = (page: Page) => page.locator('[data-module][data-state="selected"]').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-module')));

test('« Annuler l’import » puts back the configuration from before the import, though a module was ticked since; Ctrl+Z takes that back', async ({ page }) => {
  await openConfigurator(page);
  await selectModule(page, 'CryptPad Équipe');
  await selectModule(page, 'Alinto Messagerie Essentielle');
  const file = { catalog: '2026-11', items: [{ module: 'xwiki-knowledge', quantity: 60 }], termMonths: 12, requirements: [], salesDiscountBp: 0 };
  await page.getByLabel('Importer un fichier JSON').setInputFiles({ name: 'xwiki.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(page.locator('.notice').filter({ hasText: 'Configuration importée depuis xwiki.json' })).toBeVisible();
  await selectModule(page, 'Glowbl Réunions');
  await expect.poll(() => selected(page)).toEqual(['xwiki-knowledge', 'glowbl-meetings']);

  await page.getByRole('button', { name: 'Annuler l’import' }).click();
  await expect.poll(() => selected(page)).toEqual(['alinto-mail-essential', 'cryptpad-team']);

  await page.keyboard.press('Control+z');
  await expect.poll(() => selected(page)).toEqual(['xwiki-knowledge', 'glowbl-meetings']);
});

test('QA: after « Annuler l’import », the focus is on a notice saying the import was undone, its ring shown; the panel no longer says the file is imported', async ({ page }) => {
  await openConfigurator(page);
  await selectModule(page, 'CryptPad Équipe');
  const file = { catalog: '2026-11', items: [{ module: 'xwiki-knowledge', quantity: 60 }], termMonths: 12, requirements: [], salesDiscountBp: 0 };
  await page.getByLabel('Importer un fichier JSON').setInputFiles({ name: 'imp.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  const status = page.locator('.documents-status');
  await expect(status).toHaveText('Configuration importée depuis imp.json. Votre configuration précédente reste récupérable.');
  await page.getByRole('button', { name: 'Annuler l’import' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => selected(page)).toEqual(['cryptpad-team']);
  await expect(status).toHaveText('');
  const undone = page.getByRole('status').filter({ hasText: 'Import de imp.json annulé\u00A0: la configuration d’avant l’import est rétablie.' });
  const close = undone.getByRole('button', { name: 'Fermer' });
  await expect(close).toBeFocused();
  expect(await close.evaluate((e) => e.matches(':focus-visible') && getComputedStyle(e).outlineStyle !== 'none')).toBe(true);
});

for (const how of ['Ctrl+Z', 'history'] as const) {
  test(`QA: once the history steps back before the import (${how === 'Ctrl+Z' ? 'Ctrl+Z' : 'its « Annuler »'}), nothing says the file is imported; a redo brings the configuration back, not the notice`, async ({ page }) => {
    await openConfigurator(page);
    await selectModule(page, 'CryptPad Équipe');
    const quantity = moduleCard(page, 'cryptpad-team').getByRole('spinbutton');
    const before = await quantity.inputValue();
    const file = { catalog: '2026-11', items: [{ module: 'cryptpad-team', quantity: 30 }], termMonths: 12, requirements: [], salesDiscountBp: 0 };
    await page.getByLabel('Importer un fichier JSON').setInputFiles({ name: 'imp.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    const notice = page.locator('.notice').filter({ hasText: 'Configuration importée depuis imp.json' });
    const status = page.locator('.documents-status');
    await expect(notice).toBeVisible();
    await expect(status).toHaveText('Configuration importée depuis imp.json. Votre configuration précédente reste récupérable.');
    await expect(quantity).toHaveValue('30');

    const history = page.getByRole('group', { name: 'Historique des modifications' });
    if (how === 'Ctrl+Z') {
      // From the notice's own button, which goes with it: the focus goes to the history's « Annuler », not to the page's body.
      await notice.getByRole('button', { name: 'Annuler l’import' }).focus();
      await page.keyboard.press('Control+z');
      await expect(history.getByRole('button', { name: 'Annuler' })).toBeFocused();
    } else {
      await history.getByRole('button', { name: 'Annuler' }).click();
    }
    await expect(quantity).toHaveValue(before);
    await expect(notice).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Annuler l’import' })).toHaveCount(0);
    await expect(status).toHaveText('');

    await page.keyboard.press('Control+Shift+z');
    await expect(quantity).toHaveValue('30');
    await expect(notice).toHaveCount(0);
    await expect(status).toHaveText('');
  });
}

/** The notice that lists the drafts kept aside, and one of its lines by what it holds. */
const asideList = (page: Page) => page.getByRole('status').filter({ hasText: 'Brouillons mis de côté dans ce navigateur' });
const asideDraft = (page: Page, holds: string) => asideList(page).getByRole('listitem').filter({ hasText: holds });
const xwikiFile = { catalog: '2026-11', items: [{ module: 'xwiki-knowledge', quantity: 60 }], termMonths: 12, requirements: [], salesDiscountBp: 0 };
const importXwiki = async (page: Page) => {
  await page.getByLabel('Importer un fichier JSON').setInputFiles({ name: 'xwiki.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(xwikiFile)) });
  await expect(page.locator('.notice').filter({ hasText: 'Configuration importée depuis xwiki.json' })).toBeVisible();
};

test('QA: the configuration an import replaced « reste récupérable » after a reload too: it is offered among the drafts kept aside, and « Restaurer » brings it back', async ({ page }) => {
  await openConfigurator(page);
  await selectModule(page, 'CryptPad Équipe');
  await selectModule(page, 'Alinto Messagerie Essentielle');
  await importXwiki(page);
  await expect.poll(() => page.evaluate(() => localStorage.getItem('collabnext.draft'))).toContain('xwiki-knowledge');

  await page.reload();
  await expect.poll(() => selected(page)).toEqual(['xwiki-knowledge']);
  const aside = asideDraft(page, 'remplacé par un fichier importé : 2 modules (CryptPad Équipe, Alinto Messagerie Essentielle)');
  await aside.getByRole('button', { name: 'Restaurer' }).click();
  await expect.poll(() => selected(page)).toEqual(['alinto-mail-essential', 'cryptpad-team']);
});

test('review: an import undone and then brought back with Ctrl+Z still leaves the configuration from before it offered after a reload', async ({ page }) => {
  await openConfigurator(page);
  await selectModule(page, 'CryptPad Équipe');
  await importXwiki(page);
  await page.getByRole('button', { name: 'Annuler l’import' }).click();
  await expect.poll(() => selected(page)).toEqual(['cryptpad-team']);
  await page.keyboard.press('Control+z');
  await expect.poll(() => selected(page)).toEqual(['xwiki-knowledge']);
  await expect.poll(() => page.evaluate(() => localStorage.getItem('collabnext.draft'))).not.toContain('cryptpad-team');

  await page.reload();
  await expect.poll(() => selected(page)).toEqual(['xwiki-knowledge']);
  await expect(asideDraft(page, 'remplacé par un fichier importé : 1 module (CryptPad Équipe)')).toBeVisible();
});

test('QA: the changes « Annuler l’import » takes away are offered after a reload too, not only through Ctrl+Z', async ({ page }) => {
  await openConfigurator(page);
  await selectModule(page, 'CryptPad Équipe');
  await importXwiki(page);
  await selectModule(page, 'Glowbl Réunions');
  await page.getByRole('button', { name: 'Annuler l’import' }).click();
  await expect(page.getByText('sans les modifications faites depuis. « Annuler » (Ctrl+Z) les rétablit.', { exact: false })).toBeVisible();
  await expect.poll(() => selected(page)).toEqual(['cryptpad-team']);
  await expect.poll(() => page.evaluate(() => localStorage.getItem('collabnext.draft'))).not.toContain('glowbl-meetings');

  await page.reload();
  await expect.poll(() => selected(page)).toEqual(['cryptpad-team']);
  const aside = asideDraft(page, 'remplacé en annulant un import : 2 modules (XWiki Base de connaissances, Glowbl Réunions)');
  await aside.getByRole('button', { name: 'Restaurer' }).click();
  await expect.poll(() => selected(page)).toEqual(['xwiki-knowledge', 'glowbl-meetings']);
});
