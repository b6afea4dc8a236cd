import { expect, test, type Page } from '@playwright/test';
import { moduleCard, openConfigurator, selectModule } from './configurator';
import { savedConfiguration } from './quote-tool';

/** Fills this origin's localStorage until it refuses even a few characters more. */
async function fillStorage(page: Page): Promise<void> {
  await page.evaluate(() => {
    let n = 0;
    for (let size = 1 << 20; size >= 8; ) {
      try {
        localStorage.setItem(`filler.${n++}`, 'x'.repeat(size));
      } catch {
        size /= 2;
      }
    }
  });
}

const notSaved = (page: Page) => page.getByRole('alert').filter({ hasText: 'Votre brouillon ne peut plus être gardé dans ce navigateur' });

test('a full storage is said as soon as a save fails, once, with how to keep the work; the notice goes when a save succeeds again', async ({ page }) => {
  await openConfigurator(page);
  await selectModule(page, 'CryptPad Équipe');
  await expect.poll(() => savedConfiguration(page)).toMatchObject({ items: [{ module: 'cryptpad-team' }] });
  await fillStorage(page);

  await selectModule(page, 'Outscale Machines virtuelles');
  await expect(notSaved(page)).toContainText('l’espace de stockage du site y est plein');
  await expect(notSaved(page)).toContainText('copiez le lien de partage');
  await expect(notSaved(page)).toContainText('« Exporter en JSON »');
  await selectModule(page, 'Alinto Messagerie Essentielle');
  await expect(moduleCard(page, 'alinto-mail-essential')).toHaveAttribute('data-state', 'selected');
  await expect(notSaved(page)).toHaveCount(1);
  expect(await savedConfiguration(page)).toMatchObject({ items: [{ module: 'cryptpad-team' }] });

  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('filler.')).forEach((k) => localStorage.removeItem(k)));
  await moduleCard(page, 'outscale-vm').getByRole('spinbutton').fill('3');
  await expect(notSaved(page)).toHaveCount(0);
  await page.reload();
  await expect(moduleCard(page, 'alinto-mail-essential')).toHaveAttribute('data-state', 'selected');
  await expect(moduleCard(page, 'outscale-vm').getByRole('spinbutton')).toHaveValue('3');
});

test('a storage the browser disables (its getter throws SecurityError) is said at the first edit, once', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get: () => { throw new DOMException('Access is denied for this document.', 'SecurityError'); } });
  });
  await openConfigurator(page);
  await expect(notSaved(page)).toHaveCount(0);
  await selectModule(page, 'CryptPad Équipe');
  await expect(notSaved(page)).toContainText('le stockage du site y est désactivé (navigation privée ou réglages du navigateur)');
  await selectModule(page, 'Outscale Machines virtuelles');
  await page.getByLabel('Raison sociale').fill('Acme SAS');
  await expect(moduleCard(page, 'outscale-vm')).toHaveAttribute('data-state', 'selected');
  await expect(notSaved(page)).toHaveCount(1);
});
