import { expect, test, type Page } from '@playwright/test';
import { moduleCard, openConfigurator, selectModule } from './configurator';
import { savedConfiguration } from './quote-tool';

/** The notice that lists the drafts kept aside, and one of its lines by what it holds. */
const asideList = (page: Page) => page.getByRole('status').filter({ hasText: 'Brouillons mis de côté dans ce navigateur' });
const asideDraft = (page: Page, holds: string) => asideList(page).getByRole('listitem').filter({ hasText: holds });
const savedModules = async (page: Page) => ((await savedConfiguration(page)) as { items: { module: string }[] } | undefined)?.items.map((i) => i.module);

test('QA: a draft a link replaced is offered after a reload and survives a second link; « Restaurer » sets the current one aside, « Oublier » forgets', async ({ page }) => {
  await openConfigurator(page);
  await selectModule(page, 'Alinto Messagerie Essentielle');
  await selectModule(page, 'CryptPad Équipe');
  await page.getByLabel('Raison sociale').fill('Draft Co');
  await expect.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('collabnext.draft') ?? '{}').customer?.company)).toBe('Draft Co');

  await page.goto('./#1PgFDSLMRhmnjR_');
  await expect(page.getByRole('status').filter({ hasText: 'Le lien a remplacé votre brouillon' }).getByRole('button', { name: 'Restaurer mon brouillon' })).toBeVisible();
  await selectModule(page, 'Glowbl Réunions');
  await expect.poll(() => savedModules(page)).toEqual(['xwiki-knowledge', 'glowbl-meetings']);
  await page.reload();
  await expect(asideDraft(page, 'remplacé par un lien de partage : 2 modules (Alinto Messagerie Essentielle, CryptPad Équipe), Draft Co')).toBeVisible();

  await page.goto('./#1PgFCSXYsZgmzfO');
  await expect(page.getByRole('heading', { name: 'Devis établi sur le catalogue 2026-10' })).toBeVisible();
  await expect(asideDraft(page, 'Alinto Messagerie Essentielle, CryptPad Équipe')).toBeVisible();
  await moduleCard(page, 'outscale-vm').getByRole('spinbutton').fill('4');
  await expect.poll(() => savedConfiguration(page)).toMatchObject({ items: [{ module: 'outscale-vm', quantity: 4 }] });
  await page.goto('./');
  await expect(asideList(page).getByRole('listitem')).toHaveCount(2);
  await expect(asideDraft(page, '2 modules (XWiki Base de connaissances, Glowbl Réunions), Draft Co')).toBeVisible();

  await asideDraft(page, 'Alinto Messagerie Essentielle, CryptPad Équipe').getByRole('button', { name: 'Restaurer' }).click();
  await expect(moduleCard(page, 'alinto-mail-essential')).toHaveAttribute('data-state', 'selected');
  await expect(moduleCard(page, 'cryptpad-team')).toHaveAttribute('data-state', 'selected');
  await expect(moduleCard(page, 'outscale-vm')).toHaveAttribute('data-state', 'available');
  await expect(page.getByLabel('Raison sociale')).toHaveValue('Draft Co');
  await expect(asideDraft(page, 'remplacé par un brouillon restauré : 1 module (Outscale Machines virtuelles), Draft Co')).toBeVisible();
  expect(await savedModules(page)).toEqual(['alinto-mail-essential', 'cryptpad-team']);

  await page.reload();
  await expect(asideList(page).getByRole('listitem')).toHaveCount(2);
  await asideDraft(page, 'Outscale Machines virtuelles').getByRole('button', { name: 'Oublier' }).click();
  await expect(asideList(page).getByRole('listitem')).toHaveCount(1);
  await page.reload();
  await expect(asideList(page).getByRole('listitem')).toHaveCount(1);
  await expect(asideDraft(page, 'XWiki Base de connaissances, Glowbl Réunions')).toBeVisible();
  await expect(moduleCard(page, 'cryptpad-team')).toHaveAttribute('data-state', 'selected');
});

test('a draft an earlier version kept in its single link slot is offered, undated, and can be restored', async ({ page }) => {
  await openConfigurator(page);
  await page.evaluate(() => localStorage.setItem('collabnext.draft.before-link', JSON.stringify({
    format: 'collabnext-draft/1',
    configuration: { catalog: '2026-11', items: [{ module: 'glowbl-meetings', quantity: 7 }], termMonths: 12, requirements: [], salesDiscountBp: 0 },
    customer: { company: 'Ancien lien' },
  })));
  await page.reload();
  const old = asideDraft(page, 'date inconnue, remplacé par un lien de partage : 1 module (Glowbl Réunions), Ancien lien');
  await old.getByRole('button', { name: 'Restaurer' }).click();
  await expect(moduleCard(page, 'glowbl-meetings').getByRole('spinbutton')).toHaveValue('7');
  await expect(page.getByLabel('Raison sociale')).toHaveValue('Ancien lien');
  expect(await page.evaluate(() => localStorage.getItem('collabnext.draft.before-link'))).toBeNull();
});

/** A draft kept aside as an earlier version kept it, under a key of today's form. */
const keptAside = (page: Page, at: string, company: string, module: string) => page.evaluate(([key, text]) => localStorage.setItem(key, text), [
  `collabnext.draft.aside.${at}.link`,
  JSON.stringify({
    format: 'collabnext-draft/1',
    configuration: { catalog: '2026-11', items: [{ module, quantity: 7 }], termMonths: 12, requirements: [], salesDiscountBp: 0 },
    customer: { company },
  }),
] as const);

/** The keyboard's focus is on `target`, and its ring shows. */
async function expectFocusShown(target: ReturnType<Page['locator']>) {
  await expect(target).toBeFocused();
  expect(await target.evaluate((e) => e.matches(':focus-visible') && getComputedStyle(e).outlineStyle !== 'none')).toBe(true);
}

test('QA: each line’s buttons say which draft they act on; after « Restaurer », or the last « Oublier », the focus is on a notice saying it was done', async ({ page }) => {
  await openConfigurator(page);
  await keptAside(page, '2026-03-12T13:05:00.000Z', 'Premier brouillon', 'glowbl-meetings');
  await keptAside(page, '2026-03-13T13:05:00.000Z', 'Second brouillon', 'cryptpad-team');
  await keptAside(page, '2026-03-14T13:05:00.000Z', 'Troisième brouillon', 'alinto-mail-essential');
  await selectModule(page, 'Outscale Machines virtuelles');
  await expect.poll(() => savedModules(page)).toEqual(['outscale-vm']);
  await page.reload();
  const first = asideDraft(page, 'Premier brouillon');
  await expect(first.getByRole('button', { name: 'Restaurer' })).toHaveAccessibleDescription(/Premier brouillon$/);
  await expect(asideDraft(page, 'Second brouillon').getByRole('button', { name: 'Oublier' })).toHaveAccessibleDescription(/Second brouillon$/);

  await first.getByRole('button', { name: 'Oublier' }).focus();
  await page.keyboard.press('Enter');
  await expectFocusShown(asideDraft(page, 'Second brouillon').getByRole('button', { name: 'Restaurer' }));

  // « Restaurer » puts a new page on screen: the notice from which it was pressed is gone with the old one.
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Raison sociale')).toHaveValue('Second brouillon');
  const restored = page.getByRole('status').filter({ hasText: 'Brouillon restauré. Le brouillon qui était à l’écran est mis de côté dans ce navigateur.' });
  await expectFocusShown(restored.getByRole('button', { name: 'Fermer' }));
  await expect(restored.getByRole('button', { name: 'Fermer' })).toHaveAccessibleDescription(/^Brouillon restauré\./);

  await page.reload();
  await expect(asideList(page).getByRole('listitem')).toHaveCount(2);
  for (const holds of ['Outscale Machines virtuelles', 'Troisième brouillon']) {
    await asideDraft(page, holds).getByRole('button', { name: 'Oublier' }).focus();
    await page.keyboard.press('Enter');
  }
  await expect(asideList(page)).toHaveCount(0);
  const forgotten = page.getByRole('status').filter({ hasText: 'Brouillon oublié ; il n’en reste plus dans cette liste.' });
  await expectFocusShown(forgotten.getByRole('button', { name: 'Fermer' }));
});

test('QA: a voice command « cliquer Rétablir » has one target, the history’s redo: a draft’s button is « Restaurer », a link’s « Restaurer mon brouillon »', async ({ page }) => {
  await openConfigurator(page);
  await keptAside(page, '2026-03-12T13:05:00.000Z', 'Premier brouillon', 'glowbl-meetings');
  await selectModule(page, 'CryptPad Équipe');
  await expect.poll(() => savedModules(page)).toEqual(['cryptpad-team']);
  await page.reload();
  await expect(asideDraft(page, 'Premier brouillon')).toBeVisible();
  await page.goto('./#1PgFDSLMRhmnjR_');
  await expect(page.getByRole('status').filter({ hasText: 'Le lien a remplacé votre brouillon' }).getByRole('button', { name: 'Restaurer mon brouillon' })).toBeVisible();
  await expect(asideDraft(page, 'Premier brouillon').getByRole('button', { name: 'Restaurer' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Rétablir/ })).toHaveCount(1);
  await expect(page.getByRole('group', { name: 'Historique des modifications' }).getByRole('button', { name: 'Rétablir' })).toBeVisible();
});
