import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { openShareLink } from '../../src/app/share-link-opening';
import { ASIDE_KEY, DRAFT_KEY } from '../../src/app/draft-storage';
import type { Configuration } from '../../src/domain/configuration';
import { emptyCustomer } from '../../src/domain/customer';
import { serialiseDraft } from '../../src/domain/draft-format';
import { encodeShareCode } from '../../src/domain/share-code';
import { createConfiguratorStore, noticeWords, type ConfiguratorStore } from '../../src/store/configurator-store';
import { loadLanguage } from '../../src/ui/messages';
import { defaultCatalog } from '../fixtures/catalogs';
import { fetchFromPublic } from './archive-fetch';

const catalog = defaultCatalog();
// Notices are worded by the interface's French dictionary, which the page loads at boot.
beforeAll(() => loadLanguage('fr'));
const code = (revision: string, items: Configuration['items'], customer = null as ReturnType<typeof emptyCustomer> | null) =>
  encodeShareCode({ catalog: revision, items, termMonths: 12, requirements: [], salesDiscountBp: 0 }, { customer });

/** A browser with a saved draft, the archive served from public/, and an address bar. */
let saved: Map<string, string>;
let location: { href: string };
beforeEach(() => {
  saved = new Map();
  const localStorage = { getItem: (k: string) => saved.get(k) ?? null, setItem: (k: string, v: string) => void saved.set(k, v) };
  location = { href: 'https://collabnext.example/configurateur/' };
  const history = { state: null, replaceState: (_s: unknown, _t: string, url: string) => void (location.href = url) };
  vi.stubGlobal('window', { localStorage, location, history });
  vi.stubGlobal('fetch', fetchFromPublic);
});
afterEach(() => vi.unstubAllGlobals());

/** The store of a browser whose saved draft holds these modules. */
function draftWith(items: Configuration['items']): ConfiguratorStore {
  const store = createConfiguratorStore({ catalog, lang: 'fr' });
  for (const { module, quantity } of items) {
    store.getState().selectModule(module);
    store.getState().changeQuantity(module, quantity);
  }
  const { configuration, addedAutomatically, customer, notes, salesMode } = store.getState();
  saved.set(DRAFT_KEY, serialiseDraft({ configuration, addedAutomatically, customer, notes, salesMode }));
  return store;
}

const open = (text: string, draft: ConfiguratorStore, switchStore = vi.fn()) => openShareLink(text, { catalog, draft, switchStore });
/** The texts kept aside for a reason (`link`, `replaced`…), oldest first. */
const aside = (reason: string) => [...saved].filter(([k]) => k.startsWith(ASIDE_KEY) && k.endsWith(`.${reason}`)).map(([, v]) => v);
const savedItems = (text: string | undefined) => (JSON.parse(text ?? '{}') as { configuration: Configuration }).configuration.items;
const noticeTexts = (store: ConfiguratorStore) => store.getState().notices.map((n) => noticeWords(n.text, 'fr'));

describe('opening a share link at start-up', () => {
  it('on the current revision, replaces a different draft as one undoable change and keeps the draft aside, one click away', async () => {
    const draft = draftWith([{ module: 'cryptpad-team', quantity: 10 }]);
    const before = saved.get(DRAFT_KEY);
    const switchStore = vi.fn();
    const store = await open(code('2026-11', [{ module: 'outscale-vm', quantity: 4 }]), draft, switchStore);
    expect(store).toBe(draft);
    expect(store.getState().configuration.items).toEqual([{ module: 'outscale-vm', quantity: 4 }]);
    expect(aside('link')).toEqual([before]);
    const [notice] = store.getState().notices;
    expect(notice && noticeWords(notice.text, 'fr')).toBe('Le lien a remplacé votre brouillon\u202F; il est mis de côté dans ce navigateur.');
    expect(notice && noticeWords(notice.action?.label ?? '', 'en')).toBe('Restore my draft');
    store.getState().undo();
    expect(store.getState().configuration.items).toEqual([{ module: 'cryptpad-team', quantity: 10 }]);
    store.getState().redo();

    notice?.action?.run();
    const [restored] = switchStore.mock.calls[0] as [ConfiguratorStore];
    expect(restored.getState().configuration.items).toEqual([{ module: 'cryptpad-team', quantity: 10 }]);
    expect(saved.get(DRAFT_KEY)).toBe(before);
    expect(aside('replaced').map(savedItems)).toEqual([[{ module: 'outscale-vm', quantity: 4 }]]);
    const draftCode = encodeShareCode(restored.getState().configuration);
    await vi.waitFor(() => expect(location.href).toBe(`https://collabnext.example/configurateur/#${draftCode}`));
  });

  it('QA: with storage full, says the replaced draft could not be set aside and stays saved as it was (it said « mis de côté »)', async () => {
    const draft = draftWith([{ module: 'cryptpad-team', quantity: 10 }]);
    const before = saved.get(DRAFT_KEY);
    const full = { getItem: (k: string) => saved.get(k) ?? null, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); }, removeItem: () => {} };
    vi.stubGlobal('window', { localStorage: full, location, history: { state: null, replaceState: () => {} } });
    const store = await open(code('2026-11', [{ module: 'outscale-vm', quantity: 4 }]), draft);
    expect(store.getState().configuration.items).toEqual([{ module: 'outscale-vm', quantity: 4 }]);
    expect(aside('link')).toEqual([]);
    expect(saved.get(DRAFT_KEY)).toBe(before);
    const [notice] = store.getState().notices;
    expect(notice?.tone).toBe('warning');
    expect(notice && noticeWords(notice.text, 'fr')).toMatch(/^Le lien a remplacé votre brouillon à l’écran\. Le navigateur a refusé de le mettre de côté .* il le reste tel quel/);
    expect(notice && noticeWords(notice.text, 'fr')).not.toContain('il est mis de côté');
    // QA: no « Restaurer mon brouillon », which could only fail while the browser refuses to keep anything aside.
    expect(notice?.action).toBeUndefined();
    expect(notice && noticeWords(notice.text, 'fr')).toContain('ouvrez le configurateur dans un autre onglet, sans le lien');
  });

  it('a link that carried customer details leaves the address bar with the code of its configuration alone (QA: the details stayed there until the first edit)', async () => {
    const customer = { ...emptyCustomer(), company: 'Mairie de Sète', siret: '21340301200013' };
    const items = [{ module: 'outscale-vm', quantity: 2 }];
    location.href = `https://collabnext.example/configurateur/#${code('2026-11', items, customer)}`;
    const opened = await open(location.href, draftWith([]));
    expect(opened.getState().customer.company).toBe('Mairie de Sète');
    expect(location.href).toBe(`https://collabnext.example/configurateur/#${code('2026-11', items)}`);
    const archived = `https://collabnext.example/configurateur/#${code('2026-10', items, customer)}`;
    location.href = archived;
    await open(archived, draftWith([]));
    expect(location.href).toBe(`https://collabnext.example/configurateur/#${code('2026-10', items)}`);
  });

  it('a link without customer details is left in the address bar as it is', async () => {
    const link = `https://collabnext.example/configurateur/#${code('2026-11', [{ module: 'outscale-vm', quantity: 2 }])}`;
    location.href = link;
    await open(link, draftWith([]));
    expect(location.href).toBe(link);
  });

  it('on an empty draft, opens the link without a notice; customer details fill the form only when the link carries them', async () => {
    const customer = { ...emptyCustomer(), company: 'Mairie de Sète' };
    const withDetails = await open(code('2026-11', [{ module: 'outscale-vm', quantity: 2 }], customer), draftWith([]));
    expect(withDetails.getState().customer.company).toBe('Mairie de Sète');
    expect(withDetails.getState().notices).toEqual([]);
    const draft = draftWith([]);
    draft.getState().fillCustomer({ ...emptyCustomer(), company: 'Déjà saisi' });
    expect((await open(code('2026-11', [{ module: 'outscale-vm', quantity: 2 }]), draft)).getState().customer.company).toBe('Déjà saisi');
  });

  it.each([
    ['an altered character', (c: string) => `${c.slice(0, 5)}${c[5] === 'A' ? 'B' : 'A'}${c.slice(6)}`, 'Le lien a été modifié ou abîmé'],
    ['a cut code', (c: string) => c.slice(0, -2), 'Le lien est incomplet'],
    ['a module the revision does not offer', () => code('2026-11', [{ module: 'alinto-mail-archive', quantity: 1 }]), 'alinto-mail-archive'],
    ['a quantity out of range, named by the catalog', () => code('2026-11', [{ module: 'outscale-vm', quantity: 501 }]),
      'La quantité d’Outscale Machines virtuelles doit être comprise entre 1 et 500\u202F; le lien indique 501.'],
  ])('refuses %s with the specific message and leaves the draft untouched', async (_case, make, message) => {
    const draft = draftWith([{ module: 'cryptpad-team', quantity: 10 }]);
    const before = { configuration: draft.getState().configuration, saved: saved.get(DRAFT_KEY) };
    const store = await open(make(code('2026-11', [{ module: 'outscale-vm', quantity: 2 }])), draft);
    expect(store.getState().configuration).toBe(before.configuration);
    expect(saved.get(DRAFT_KEY)).toBe(before.saved);
    expect([...saved.keys()].filter((k) => k.startsWith(ASIDE_KEY))).toEqual([]);
    expect(store.getState().notices.map((n) => ({ tone: n.tone, text: noticeWords(n.text, 'fr') }))).toEqual([{ tone: 'error', text: expect.stringContaining(message) }]);
    expect(noticeTexts(store)[0]).toMatch(/^Ce lien de partage ne peut pas être ouvert\. .* Votre brouillon n’a pas été modifié\.$/);
  });

  it('on an older archived revision, opens a store on that revision; its notice goes back to the kept draft and keeps the link’s quote aside', async () => {
    const draft = draftWith([{ module: 'cryptpad-team', quantity: 10 }]);
    const before = saved.get(DRAFT_KEY);
    const switchStore = vi.fn();
    const store = await open(code('2026-10', [{ module: 'alinto-mail-archive', quantity: 40 }]), draft, switchStore);
    expect(store.getState().catalog.version).toBe('2026-10');
    expect(store.getState().configuration.items).toEqual([{ module: 'alinto-mail-archive', quantity: 40 }]);
    expect(aside('link')).toEqual([before]);
    store.getState().changeQuantity('alinto-mail-archive', 50);
    saved.set(DRAFT_KEY, 'edited on 2026-10');
    store.getState().notices[0]?.action?.run();
    const [restored] = switchStore.mock.calls[0] as [ConfiguratorStore];
    expect(restored.getState().catalog).toBe(catalog);
    expect(restored.getState().configuration.items).toEqual([{ module: 'cryptpad-team', quantity: 10 }]);
    expect(saved.get(DRAFT_KEY)).toBe(before);
    expect(aside('replaced').map(savedItems)).toEqual([[{ module: 'alinto-mail-archive', quantity: 50 }]]);
    const draftCode = encodeShareCode(draft.getState().configuration);
    await vi.waitFor(() => expect(location.href).toBe(`https://collabnext.example/configurateur/#${draftCode}`));
  });

  it('on a revision the app never had, carries over onto today’s catalog and lists precisely what was dropped', async () => {
    const store = await open(code('2025-06', [{ module: 'outscale-vm', quantity: 2 }, { module: 'legacy-fax', quantity: 3 }]), draftWith([]));
    expect(store.getState().configuration).toEqual({ catalog: '2026-11', items: [{ module: 'outscale-vm', quantity: 2 }], termMonths: 12, requirements: [], salesDiscountBp: 0 });
    expect(noticeTexts(store)).toEqual([
      'Ce lien a été établi sur le catalogue 2025-06, qui n’est plus disponible\u00A0: il est ouvert sur le catalogue du jour (2026-11). Le module legacy-fax n’est plus proposé\u00A0: il a été retiré.',
    ]);
  });

  it('QA: on a revision later than any the app has, says the link comes from a newer configurator, not that its catalog is gone', async () => {
    const store = await open(code('2031-01', [{ module: 'outscale-vm', quantity: 2 }]), draftWith([]));
    expect(store.getState().configuration.items).toEqual([{ module: 'outscale-vm', quantity: 2 }]);
    const [notice] = store.getState().notices;
    expect(noticeWords(notice?.text ?? '', 'fr')).toBe(
      'Ce lien a été établi sur le catalogue 2031-01, plus récent que ceux de cette version du configurateur (il vient sans doute d’une version plus récente)\u00A0: il est ouvert sur le catalogue du jour (2026-11). Rien n’a été retiré.',
    );
    await loadLanguage('en');
    expect(noticeWords(notice?.text ?? '', 'en')).toBe(
      'This link was made on catalogue 2031-01, newer than any this version of the configurator has (it probably comes from a newer version): it opens on today’s catalogue (2026-11). Nothing was dropped.',
    );
  });

  it('when the archive cannot be read, still opens the link on today’s catalog and says why', async () => {
    vi.stubGlobal('fetch', async () => { throw new Error('offline'); });
    const store = await open(code('2026-10', [{ module: 'outscale-vm', quantity: 2 }]), draftWith([]));
    expect(store.getState().catalog).toBe(catalog);
    expect(noticeTexts(store)[0]).toBe('Le catalogue 2026-10 de ce lien n’a pas pu être chargé (réseau coupé ou fichier illisible)\u00A0: le lien est ouvert sur le catalogue du jour (2026-11). Rien n’a été retiré. Rechargez la page plus tard pour le rouvrir sur son catalogue.');
  });
});
