import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { bootConfigurator } from '../../src/app/boot';
import { loadDraft } from '../../src/app/draft-loading';
import { DRAFT_KEY, keepAside, keepDraftSaved, rememberDraft } from '../../src/app/draft-storage';
import { eraseBrowserData, startOverAfterErasedElsewhere } from '../../src/app/erase-browser-data';
import { chosenLanguage, keepLanguageChoice, LANGUAGE_KEY } from '../../src/app/language-choice';
import { emptyCustomer } from '../../src/domain/customer';
import { createConfiguratorStore, noticeWords, type ConfiguratorStore } from '../../src/store/configurator-store';
import { loadLanguage } from '../../src/ui/messages';
import { defaultCatalog } from '../fixtures/catalogs';
import { FakeStorage } from './fake-storage';

const catalog = defaultCatalog();
beforeAll(() => Promise.all([loadLanguage('fr'), loadLanguage('en')]));

/** A browser with both storages (either may refuse), an address with a share code, and page events that go nowhere. */
let local: FakeStorage;
let session: FakeStorage;
let refused: { local: boolean; session: boolean };
let address: { hash: string; href: string };
beforeEach(() => {
  vi.useFakeTimers();
  local = new FakeStorage();
  session = new FakeStorage();
  refused = { local: false, session: false };
  address = { hash: '#1PgFDSLMRhmnjR_', href: 'https://collabnext.example/configurateur/#1PgFDSLMRhmnjR_' };
  const open = (which: keyof typeof refused, storage: FakeStorage) => {
    if (refused[which]) throw new DOMException('The operation is insecure.', 'SecurityError');
    return storage;
  };
  const history = {
    state: null,
    replaceState: (_state: unknown, _title: string, url: string) => {
      address.href = url;
      address.hash = url.includes('#') ? url.slice(url.indexOf('#')) : '';
    },
  };
  vi.stubGlobal('window', {
    get localStorage() { return open('local', local); },
    get sessionStorage() { return open('session', session); },
    location: address, history, addEventListener: () => {}, removeEventListener: () => {},
  });
  vi.stubGlobal('location', address);
  vi.stubGlobal('navigator', { languages: ['fr-FR'], language: 'fr-FR' });
  vi.stubGlobal('document', { visibilityState: 'visible', addEventListener: () => {}, removeEventListener: () => {} });
  rememberDraft(null);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const notices = (store: ConfiguratorStore, lang: 'fr' | 'en' = 'fr') => store.getState().notices.map((n) => `${n.tone}: ${noticeWords(n.text, lang)}`);
const appKeys = (storage: FakeStorage) => Object.keys(storage.under('collabnext.'));

/**
 * The buyer's page as QA left it: a bundle, customer details and notes saved, a draft kept aside (a link opened over
 * it), English chosen, the address bar's note in sessionStorage, and one more edit still waiting to be saved.
 */
function buyersPage(): { store: ConfiguratorStore; stop: () => void } {
  const store = createConfiguratorStore({ catalog, lang: 'fr' });
  const stop = keepDraftSaved(store);
  const stopLanguage = keepLanguageChoice(store);
  const state = store.getState();
  state.selectModule('alinto-mail-essential');
  state.fillCustomer({ ...emptyCustomer(), company: 'Draft Co', contactName: 'Camille Martin', email: 'camille@draft.example' });
  state.writeNotes('Budget validé par la DSI.');
  state.switchLanguage('en');
  vi.runAllTimers();
  keepAside(local.getItem(DRAFT_KEY) ?? '', 'link', Date.UTC(2026, 2, 12, 9, 0));
  session.setItem('collabnext.address.behind', '1PgFDSLMRhmnjR_');
  local.setItem('another-app.setting', 'kept');
  session.setItem('another-app.tab', 'kept');
  store.getState().selectModule('cryptpad-team');
  stopLanguage();
  return { store, stop };
}

describe('erasing the buyer’s data from this browser', () => {
  it('leaves no draft, no draft kept aside, no language and no address note: a reload starts empty, offering nothing', async () => {
    const { store } = buyersPage();
    expect(appKeys(local)).toEqual([LANGUAGE_KEY, DRAFT_KEY, expect.stringMatching(/^collabnext\.draft\.aside\.2026-03-12T09:00:00\.000Z\.link$/)]);

    eraseBrowserData(catalog, store);
    vi.runAllTimers();

    expect(appKeys(local)).toEqual([]);
    expect(appKeys(session)).toEqual([]);
    expect(local.items.get('another-app.setting')).toBe('kept');
    expect(session.items.get('another-app.tab')).toBe('kept');
    expect(loadDraft(catalog)).toEqual({ kind: 'none' });
    expect(chosenLanguage()).toBeNull();
    const reloaded = await bootConfigurator(catalog);
    expect(reloaded.getState().configuration.items).toEqual([]);
    expect(reloaded.getState().customer).toEqual(emptyCustomer());
    expect(reloaded.getState().notes).toBe('');
    expect(reloaded.getState().lang).toBe('fr');
    expect(notices(reloaded)).toEqual([]);
  });

  it('stops the saver first: the edit that was waiting is not written back, nor any later edit of the store erased', () => {
    const { store } = buyersPage();
    eraseBrowserData(catalog, store);
    store.getState().writeNotes('Écrit après l’effacement');
    vi.runAllTimers();
    expect(appKeys(local)).toEqual([]);
  });

  it('shows an empty configuration on today’s catalog, in the language on screen, saying what was erased and what it does not reach', () => {
    const { store } = buyersPage();
    const next = eraseBrowserData(catalog, store);
    const { configuration, customer, notes, lang, history } = next.getState();
    expect(next).not.toBe(store);
    expect(next.getState().catalog).toBe(catalog);
    expect({ items: configuration.items, customer, notes, lang, undoable: history.past.length }).toEqual({ items: [], customer: emptyCustomer(), notes: '', lang: 'en', undoable: 0 });
    expect(notices(next, 'fr')).toEqual([
      'info: Vos données ont été effacées de ce navigateur\u00a0: le brouillon (offre, coordonnées du client, notes), les brouillons mis de côté et le choix de langue. La page repart d’une configuration vide, dans cette langue pour cette visite. Les autres onglets ouverts du configurateur repartent eux aussi d’un devis vide, sans rien réenregistrer.',
    ]);
    expect(notices(next, 'en')).toEqual([
      'info: Your data was erased from this browser: the draft (bundle, customer details, notes), the drafts kept aside and the language choice. The page starts again from an empty configuration, in this language for this visit. Other open tabs of the configurator start over from an empty quote too, saving nothing again.',
    ]);
  });

  it('takes the share code out of the address: the bundle is gone, and a reload must not open it again as a link', async () => {
    const { store } = buyersPage();
    eraseBrowserData(catalog, store);
    expect(address).toEqual({ hash: '', href: 'https://collabnext.example/configurateur/' });
    expect((await bootConfigurator(catalog)).getState().configuration.items).toEqual([]);
  });

  it('review: another tab’s erase also takes this tab’s note that its address was behind (a reload would open the erased draft over that code)', () => {
    const { store } = buyersPage();
    vi.stubGlobal('sessionStorage', session);
    startOverAfterErasedElsewhere(catalog, store);
    expect(session.getItem('collabnext.address.behind')).toBeNull();
  });

  it.each([
    ['local', 'son stockage local (localStorage)', []],
    ['session', 'son stockage de session (sessionStorage)', ['collabnext.address.behind']],
  ] as const)('says so when the browser refuses its %s storage, and erases the other', (which, named, sessionKept) => {
    const { store } = buyersPage();
    const before = appKeys(local);
    refused[which] = true;
    const next = eraseBrowserData(catalog, store);
    refused[which] = false;
    expect(appKeys(local)).toEqual(which === 'local' ? before : []);
    expect(appKeys(session)).toEqual(sessionKept);
    expect(notices(next).at(-1)).toBe(`warning: Ce navigateur a refusé l’accès à ${named}\u00a0: ce qui y est enregistré n’a pas pu être effacé et peut revenir au prochain chargement. Effacez les données de ce site dans les réglages du navigateur.`);
    expect(notices(next)).toHaveLength(which === 'local' ? 1 : 2);
  });
});
