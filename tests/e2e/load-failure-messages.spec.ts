import { expect, test, type Page } from '@playwright/test';
import { openConfigurator, selectModule } from './configurator';

const FAILED = 'Cette partie de la page n’a pas pu être chargée (connexion interrompue ?).';

/** Chunks whose name matches fail to download until `arrive()` is called (a flaky network, or a redeploy that removed them). */
async function lostChunks(page: Page, name: RegExp) {
  let lost = true;
  await page.route(name, (route) => (lost ? route.abort() : route.continue()));
  return { arrive: () => { lost = false; } };
}

test('a PDF whose code does not download says so in words, without the browser’s text; pressed again, it downloads', async ({ page }) => {
  const chunks = await lostChunks(page, /devis-pdf-.*\.js/);
  await openConfigurator(page);
  await selectModule(page, 'CryptPad Équipe');
  await page.getByRole('button', { name: 'Télécharger le devis (PDF)' }).click();
  const alert = page.locator('.documents-alert');
  await expect(alert).toHaveText('Le document n’a pas pu être produit : une partie de la page n’a pas pu être chargée (connexion interrompue ?). Réessayez.');
  chunks.arrive();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger le devis (PDF)' }).click()]);
  expect(file.suggestedFilename()).toMatch(/^devis-CN-\d{8}-.*\.pdf$/);
  await expect(alert).toHaveCount(0);
});

test('an import whose code does not download names the file and says why in words', async ({ page }) => {
  await lostChunks(page, /export-import-.*\.js/);
  await openConfigurator(page);
  await page.getByLabel('Importer un fichier JSON').setInputFiles({ name: 'offre.json', mimeType: 'application/json', buffer: Buffer.from('{"items":[]}') });
  await expect(page.locator('.documents-alert')).toHaveText('Le fichier offre.json n’a pas été importé : une partie de la page n’a pas pu être chargée (connexion interrompue ?). Réessayez.');
});

test('« English » whose words do not download says so under the switch, in French; « Réessayer » switches, the focus on « English »', async ({ page }) => {
  const chunks = await lostChunks(page, /messages-en-.*\.js/);
  await openConfigurator(page);
  await page.getByRole('button', { name: 'English' }).click();
  const header = page.getByRole('banner');
  await expect(header.getByText(FAILED)).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  // Drawn for the dark header, as the switch's buttons: not white on white.
  const retry = header.getByRole('button', { name: 'Réessayer' });
  expect(await retry.evaluate((b) => [getComputedStyle(b).color, getComputedStyle(b).backgroundColor])).toEqual(['rgb(255, 255, 255)', 'rgba(0, 0, 0, 0)']);
  chunks.arrive();
  await retry.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'CollabNext configurator' })).toBeVisible();
  await expect(header.getByText(FAILED)).toHaveCount(0);
  // QA: the focus went down to <body> with « Réessayer »; it goes to the language it asked for, as other retries go to what they brought.
  await expect(header.getByRole('button', { name: 'English' })).toBeFocused();
});

test('a share link whose code does not download says so under the button; « Réessayer » makes the link, the focus back on the button', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const chunks = await lostChunks(page, /share-(copy|link-builder)-.*\.js/);
  await openConfigurator(page);
  await selectModule(page, 'CryptPad Équipe');
  const panel = page.getByRole('region', { name: 'Partager ce devis' });
  await panel.getByRole('button', { name: 'Copier le lien de partage' }).click();
  await expect(panel.getByRole('status')).toHaveText(`${FAILED} Réessayer`);
  chunks.arrive();
  await panel.getByRole('button', { name: 'Réessayer' }).focus();
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('status')).toHaveText('Lien copié');
  await expect(panel.getByRole('button', { name: 'Copier le lien de partage' })).toBeFocused();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/#1/);
});
