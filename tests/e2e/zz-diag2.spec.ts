import { expect, test } from '@playwright/test';
import { openConfigurator, selectModule } from './configurator';

test('diag goto link', async ({ page }) => {
  const log: string[] = [];
  page.on('console', (m) => log.push(m.text()));
  page.on('framenavigated', (f) => { if (f === page.mainFrame()) log.push(`${Date.now() % 100000} NAV ${f.url()}`); });
  await page.addInitScript(() => {
    const set = Storage.prototype.setItem;
    const remove = Storage.prototype.removeItem;
    Storage.prototype.setItem = function (k: string, v: string) { if (this === sessionStorage) console.log(`${Date.now() % 100000} session set ${k}=${v}`); return set.call(this, k, v); };
    Storage.prototype.removeItem = function (k: string) { if (this === sessionStorage) console.log(`${Date.now() % 100000} session remove ${k}`); return remove.call(this, k); };
    const replace = history.replaceState;
    history.replaceState = function (s: unknown, t: string, u?: string | URL | null) { console.log(`${Date.now() % 100000} replaceState ${String(u)}`); return replace.call(this, s, t, u); };
    addEventListener('beforeunload', () => console.log(`${Date.now() % 100000} beforeunload`));
    addEventListener('hashchange', (e) => console.log(`${Date.now() % 100000} hashchange ${e.oldURL} -> ${e.newURL}`));
    console.log(`${Date.now() % 100000} start ${location.href} note=${sessionStorage.getItem('collabnext.address.behind')}`);
  });
  await openConfigurator(page);
  await selectModule(page, 'Alinto Messagerie Essentielle');
  await selectModule(page, 'CryptPad Équipe');
  await page.getByLabel('Raison sociale').fill('Draft Co');
  await expect.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('collabnext.draft') ?? '{}').customer?.company)).toBe('Draft Co');
  log.push(`${Date.now() % 100000} GOTO`);
  await page.goto('./#1PgFDSLMRhmnjR_');
  try {
    await expect(page.getByRole('status').filter({ hasText: 'Le lien a remplacé votre brouillon' }).getByRole('button', { name: 'Restaurer mon brouillon' })).toBeVisible({ timeout: 5000 });
  } catch (e) {
    console.log('FAILED\n' + log.join('\n'));
    throw e;
  }
});
