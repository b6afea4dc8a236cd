import { expect, test } from '@playwright/test';
import { moduleCard, openConfigurator } from './configurator';

/** The draft QA used: Glowbl Réunions ×7, 12 months, « Keep Me », notes; `configuration` replaces parts of it. */
const keepMe = (configuration: Record<string, unknown>) => JSON.stringify({
  format: 'collabnext-draft/1',
  configuration: { catalog: '2026-11', items: [{ module: 'glowbl-meetings', quantity: 7 }], termMonths: 12, requirements: [], salesDiscountBp: 0, ...configuration },
  addedAutomatically: {},
  customer: { company: 'Keep Me' },
  notes: 'Rappeler lundi',
  salesMode: false,
});

test('a saved draft with one unknown module keeps the rest, says which module was dropped and keeps the original aside', async ({ page }) => {
  await openConfigurator(page);
  const text = keepMe({ items: [{ module: 'nope', quantity: 3 }, { module: 'glowbl-meetings', quantity: 7 }] });
  await page.evaluate((t) => localStorage.setItem('collabnext.draft', t), text);
  await page.reload();
  const notice = page.getByRole('status').filter({ hasText: 'brouillon' });
  await expect(notice).toContainText('Le brouillon cite un module que ce catalogue ne propose pas : nope');
  await expect(moduleCard(page, 'glowbl-meetings').getByRole('spinbutton')).toHaveValue('7');
  await expect(page.getByLabel('Raison sociale')).toHaveValue('Keep Me');
  const setAside = await page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.startsWith('collabnext.draft.aside.')).map(([, v]) => v));
  expect(setAside).toEqual([text]);
});

test('a saved draft from the previous catalog says what each kept module cost then and costs now', async ({ page }) => {
  await openConfigurator(page);
  await page.evaluate((t) => localStorage.setItem('collabnext.draft', t), keepMe({ catalog: '2026-10', items: [{ module: 'alinto-mail-essential', quantity: 25 }] }));
  await page.reload();
  const notice = page.getByRole('status').filter({ hasText: 'brouillon' });
  await expect(notice).toContainText('autre version du catalogue (2026-10)');
  await expect(notice).toContainText('Alinto Messagerie Essentielle : 70,00 € HT par mois sur le catalogue 2026-10, 75,00 € aujourd’hui.');
});
