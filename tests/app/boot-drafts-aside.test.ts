import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { bootConfigurator } from '../../src/app/boot';
import { ASIDE_KEY, DRAFT_KEY } from '../../src/app/draft-storage';
import { emptyCustomer } from '../../src/domain/customer';
import { serialiseDraft } from '../../src/domain/draft-format';
import type { Configuration } from '../../src/domain/configuration';
import { noticeWords, type ConfiguratorStore } from '../../src/store/configurator-store';
import { loadLanguage } from '../../src/ui/messages';
import { defaultCatalog } from '../fixtures/catalogs';
import { fetchFromPublic } from './archive-fetch';
import { FakeStorage } from './fake-storage';

const catalog = defaultCatalog();
beforeAll(() => loadLanguage('fr'));

/** A browser with a localStorage, an address (hash) and the archive served from public/. */
let saved: FakeStorage;
let address: { hash: string; href: string };
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 2, 12, 9, 0));
  saved = new FakeStorage();
  address = { hash: '', href: 'https://collabnext.example/' };
  const history = { state: null, replaceState: (_s: unknown, _t: string, url: string) => void (address.href = url) };
  vi.stubGlobal('window', { localStorage: saved, location: address, history });
  vi.stubGlobal('location', address);
  vi.stubGlobal('navigator', { languages: ['fr-FR'], language: 'fr-FR' });
  vi.stubGlobal('fetch', fetchFromPublic);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const draft = (items: Configuration['items'], company = '') => serialiseDraft({
  configuration: { catalog: '2026-11', items, termMonths: 12, requirements: [], salesDiscountBp: 0 },
  addedAutomatically: {}, customer: { ...emptyCustomer(), company }, notes: '', salesMode: false,
});
/** QA's draft: Alinto Messagerie Essentielle and CryptPad Équipe for « Draft Co ». */
const draftCo = draft([{ module: 'alinto-mail-essential', quantity: 25 }, { module: 'cryptpad-team', quantity: 10 }], 'Draft Co');
const notices = (store: ConfiguratorStore) => store.getState().notices.map((n) => noticeWords(n.text, 'fr'));
const offered = (store: ConfiguratorStore) => store.getState().notices.find((n) => n.items)?.items?.map((i) => noticeWords(i.text, 'fr')) ?? [];
const asideTexts = () => Object.values(saved.under(ASIDE_KEY));
/** What keepDraftSaved writes after an edit. */
function save(store: ConfiguratorStore): void {
  const { configuration, addedAutomatically, customer, notes, salesMode } = store.getState();
  saved.setItem(DRAFT_KEY, serialiseDraft({ configuration, addedAutomatically, customer, notes, salesMode }));
}
/** Boots as a reload would, on the address `hash`. */
async function reload(hash = ''): Promise<ConfiguratorStore> {
  vi.setSystemTime(Date.now() + 60_000);
  address.hash = hash;
  return bootConfigurator(catalog);
}

describe('drafts kept aside, over reloads and links', () => {
  it('a draft a link replaced is offered after a reload, and a second link keeps both (QA: the second link destroyed Draft Co)', async () => {
    saved.setItem(DRAFT_KEY, draftCo);
    const first = await reload('#1PgFDSLMRhmnjR_');
    expect(notices(first)).toEqual(['Le lien a remplacé votre brouillon\u202f; il est mis de côté dans ce navigateur.']);
    expect(asideTexts()).toEqual([draftCo]);

    // Glowbl ticked on the link's quote, saved; then a reload on that quote's own address.
    first.getState().selectModule('glowbl-meetings');
    save(first);
    const second = await reload();
    expect(offered(second)).toEqual(['12 mars 2026 à 09:01, remplacé par un lien de partage\u00a0: 2 modules (Alinto Messagerie Essentielle, CryptPad Équipe), Draft Co']);

    const third = await reload('#1PgFCSXYsZgmzfO');
    expect(third.getState().catalog.version).toBe('2026-10');
    expect(notices(third)[0]).toBe('Le lien a remplacé votre brouillon\u202f; il est mis de côté dans ce navigateur.');
    expect(offered(third)).toEqual([expect.stringContaining('Draft Co')]);
    expect(asideTexts().map((t) => JSON.parse(t).configuration.items.map((i: { module: string }) => i.module)).sort()).toEqual([
      ['alinto-mail-essential', 'cryptpad-team'],
      ['xwiki-knowledge', 'glowbl-meetings'],
    ]);
    // The link's quote edited (and saved): the xwiki + Glowbl draft it replaced is offered too.
    third.getState().changeQuantity('outscale-vm', 4);
    save(third);
    expect(offered(await reload())).toEqual([
      '12 mars 2026 à 09:03, remplacé par un lien de partage\u00a0: 2 modules (XWiki Base de connaissances, Glowbl Réunions), Draft Co',
      '12 mars 2026 à 09:01, remplacé par un lien de partage\u00a0: 2 modules (Alinto Messagerie Essentielle, CryptPad Équipe), Draft Co',
    ]);
  });

  it('a damaged draft’s original, set aside at one visit, is offered at the next one', async () => {
    saved.setItem(DRAFT_KEY, '{"format":');
    const first = await reload();
    expect(notices(first)).toEqual([expect.stringContaining('Votre brouillon enregistré n’a pas pu être relu')]);
    expect(offered(await reload())).toEqual([expect.stringContaining('texte illisible de 10 caractères')]);
  });

  it('a link slot written by an earlier version is offered, and the next link no longer overwrites it', async () => {
    saved.setItem('collabnext.draft.before-link', draftCo);
    saved.setItem(DRAFT_KEY, draft([{ module: 'outscale-vm', quantity: 2 }]));
    const store = await reload('#1PgFDSLMRhmnjR_');
    expect(offered(store)).toEqual(['date inconnue, remplacé par un lien de partage\u00a0: 2 modules (Alinto Messagerie Essentielle, CryptPad Équipe), Draft Co']);
    expect(asideTexts().sort()).toEqual([draftCo, draft([{ module: 'outscale-vm', quantity: 2 }])].sort());
    expect(saved.getItem('collabnext.draft.before-link')).toBeNull();
  });
});
