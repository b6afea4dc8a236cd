import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { moduleCard, openConfigurator, selectModule } from './configurator';

/** The draft this browser has saved, as a reload would read it. */
const savedDraft = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('collabnext.draft') ?? '{}'));
/** The texts kept aside, each read as a draft. */
const keptAside = (page: Page) => page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.startsWith('collabnext.draft.aside.')).map(([k, v]) => ({ why: k.replace(/.*\./, ''), draft: JSON.parse(v) })));
const asideItems = (page: Page) => page.getByRole('status').filter({ hasText: 'Brouillons mis de côté' }).getByRole('listitem');
const otherTabNotice = (page: Page) => page.getByRole('status').filter({ hasText: 'Ce brouillon vient d’être modifié dans un autre onglet' });

/** Two tabs of one browser on the configurator, A opened first. */
async function twoTabs(context: BrowserContext): Promise<[Page, Page]> {
  const a = await context.newPage();
  const b = await context.newPage();
  await openConfigurator(a);
  await openConfigurator(b);
  return [a, b];
}

/** QA's tab A: Alinto Messagerie Essentielle for « Acme SAS », a contact, sales mode on, notes. */
async function fillAcme(page: Page): Promise<void> {
  await selectModule(page, 'Alinto Messagerie Essentielle');
  await page.getByLabel('Raison sociale').fill('Acme SAS');
  await page.getByLabel('Nom du contact').fill('Jeanne Martin');
  await page.getByRole('switch', { name: 'Mode commercial' }).check();
  await page.getByLabel('Notes internes').fill('Remise à valider avec la direction');
  await expect.poll(async () => (await savedDraft(page)).notes).toBe('Remise à valider avec la direction');
}

test('QA: two tabs no longer overwrite each other silently: each is told, the other tab’s draft is kept aside and offered at the next visit', async ({ context }) => {
  const [a, b] = await twoTabs(context);

  await fillAcme(a);
  await expect(otherTabNotice(b)).toContainText('Cet onglet garde le sien');
  await selectModule(b, 'CryptPad Équipe');
  await expect(moduleCard(b, 'alinto-mail-essential')).toHaveAttribute('data-state', 'available');
  await expect.poll(async () => (await savedDraft(b)).configuration?.items).toEqual([{ module: 'cryptpad-team', quantity: 25 }]);
  expect((await keptAside(b)).map(({ why, draft }) => [why, draft.customer.company, draft.notes, draft.salesMode])).toEqual([
    ['tab', 'Acme SAS', 'Remise à valider avec la direction', true],
  ]);
  await expect(otherTabNotice(a)).toBeVisible();
  await expect(a.getByLabel('Raison sociale')).toHaveValue('Acme SAS');

  await a.close();
  const reopened = await context.newPage();
  await openConfigurator(reopened);
  await expect(moduleCard(reopened, 'cryptpad-team')).toHaveAttribute('data-state', 'selected');
  const acme = asideItems(reopened).filter({ hasText: 'version d’un autre onglet : 1 module (Alinto Messagerie Essentielle), Acme SAS' });
  await acme.getByRole('button', { name: 'Restaurer' }).click();
  await expect(moduleCard(reopened, 'alinto-mail-essential')).toHaveAttribute('data-state', 'selected');
  await expect(reopened.getByLabel('Raison sociale')).toHaveValue('Acme SAS');
  await expect(reopened.getByLabel('Nom du contact')).toHaveValue('Jeanne Martin');
  await expect(reopened.getByRole('switch', { name: 'Mode commercial' })).toBeChecked();
  await expect(reopened.getByLabel('Notes internes')).toHaveValue('Remise à valider avec la direction');
  await expect(asideItems(reopened).filter({ hasText: 'remplacé par un brouillon restauré : 1 module (CryptPad Équipe)' })).toBeVisible();
});

test('a tab told of another tab’s save can load that version; its own is kept aside, and it keeps working', async ({ context }) => {
  const [a, b] = await twoTabs(context);
  await fillAcme(a);
  await selectModule(b, 'CryptPad Équipe');
  await selectModule(b, 'Outscale Machines virtuelles');
  await expect.poll(async () => (await savedDraft(b)).configuration?.items?.length).toBe(2);

  await otherTabNotice(a).getByRole('button', { name: 'Charger la version de l’autre onglet' }).click();
  await expect(moduleCard(a, 'cryptpad-team')).toHaveAttribute('data-state', 'selected');
  await expect(moduleCard(a, 'outscale-vm')).toHaveAttribute('data-state', 'selected');
  await expect(moduleCard(a, 'alinto-mail-essential')).toHaveAttribute('data-state', 'available');
  await expect(asideItems(a).filter({ hasText: 'remplacé par la version d’un autre onglet : 1 module (Alinto Messagerie Essentielle), Acme SAS' })).toBeVisible();

  await selectModule(a, 'Glowbl Réunions');
  await expect.poll(async () => (await savedDraft(a)).configuration?.items?.map((i: { module: string }) => i.module)).toEqual(['cryptpad-team', 'outscale-vm', 'glowbl-meetings']);
  // Kept twice (by B as another tab's version, by A when it loaded B's), offered once.
  expect((await keptAside(a)).map(({ why, draft }) => [why, draft.customer.company]).sort()).toEqual([['tab', 'Acme SAS'], ['tab-loaded', 'Acme SAS']]);
  await a.reload();
  await expect(asideItems(a)).toHaveCount(1);
  await expect(asideItems(a)).toContainText('1 module (Alinto Messagerie Essentielle), Acme SAS');
});

test('two tabs edited in turn keep one copy of each other’s latest version, not one per turn', async ({ context }) => {
  const [a, b] = await twoTabs(context);
  const saved = async (tab: Page) => ((await savedDraft(tab)).configuration?.items ?? []).map((i: { module: string }) => i.module);
  const turns: [Page, string, string][] = [
    [a, 'Alinto Messagerie Essentielle', 'alinto-mail-essential'], [b, 'CryptPad Équipe', 'cryptpad-team'],
    [a, 'Glowbl Réunions', 'glowbl-meetings'], [b, 'Outscale Machines virtuelles', 'outscale-vm'], [a, 'WALLIX Bastion', 'wallix-bastion'],
  ];
  for (const [tab, name, id] of turns) {
    await selectModule(tab, name);
    await expect.poll(() => saved(tab)).toContain(id);
  }
  expect(await saved(a)).toEqual(['alinto-mail-essential', 'glowbl-meetings', 'wallix-bastion']);
  expect((await keptAside(a)).map(({ why, draft }) => [why, draft.configuration.items.map((i: { module: string }) => i.module)])).toEqual([
    ['tab', ['cryptpad-team', 'outscale-vm']],
  ]);
});

test('QA: the other tab undoes its edit, and this tab’s notice « modifié dans un autre onglet » goes: the drafts are equal again', async ({ context }) => {
  const [a, b] = await twoTabs(context);
  await selectModule(b, 'CryptPad Équipe');
  await expect(otherTabNotice(a)).toBeVisible();
  // A takes B's version, so both show the same draft; then B edits and undoes.
  await otherTabNotice(a).getByRole('button', { name: 'Charger la version de l’autre onglet' }).click();
  await expect(moduleCard(a, 'cryptpad-team')).toHaveAttribute('data-state', 'selected');
  await selectModule(b, 'Outscale Machines virtuelles');
  await expect(otherTabNotice(a)).toBeVisible();
  await b.getByRole('button', { name: 'Annuler', exact: true }).click();
  await expect(otherTabNotice(a)).toHaveCount(0);
  expect((await savedDraft(a)).configuration?.items).toEqual([{ module: 'cryptpad-team', quantity: 25 }]);
});

test('QA: a tab that has saved nothing yet loses the notice too when the other tab undoes its first change', async ({ context }) => {
  const [a, b] = await twoTabs(context);
  await selectModule(b, 'Alinto Protect (filtrage de messagerie)');
  await expect(otherTabNotice(a)).toBeVisible();
  await otherTabNotice(a).getByRole('button', { name: 'Charger la version de l’autre onglet' }).focus();
  await b.getByRole('button', { name: 'Annuler', exact: true }).click();
  await expect(otherTabNotice(a)).toHaveCount(0);
  // The focus was on the notice: it goes where « Fermer » sends it, not to the page's body.
  expect(await a.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');
  // A later different change brings it back.
  await selectModule(b, 'CryptPad Équipe');
  await expect(otherTabNotice(a)).toBeVisible();
});
