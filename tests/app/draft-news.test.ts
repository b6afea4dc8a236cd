import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { forgetSuperseded, offerDraftsAside, sayDraftTrouble, sayOtherTabSaved, troubleOf, withdrawOtherTabSaved } from '../../src/app/draft-news';
import { ASIDE_KEY, DRAFT_KEY, keepAside } from '../../src/app/draft-storage';
import type { Configuration } from '../../src/domain/configuration';
import { emptyCustomer } from '../../src/domain/customer';
import { serialiseDraft } from '../../src/domain/draft-format';
import { createConfiguratorStore, noticeWords } from '../../src/store/configurator-store';
import { defaultCatalog } from '../fixtures/catalogs';
import { FakeStorage } from './fake-storage';

const store = () => createConfiguratorStore({ catalog: defaultCatalog(), lang: 'fr' });
const said = (s: ReturnType<typeof store>, lang: 'fr' | 'en' = 'fr') => s.getState().notices.map((n) => ({ tone: n.tone, text: noticeWords(n.text, lang) }));

describe('a save the browser refused', () => {
  it.each([
    [new DOMException('quota', 'QuotaExceededError'), 'full'],
    [{ name: 'NS_ERROR_DOM_QUOTA_REACHED' }, 'full'],
    [new DOMException('denied', 'SecurityError'), 'disabled'],
    [new TypeError('localStorage is null'), 'refused'],
    ['a string', 'refused'],
  ])('is named by what the browser threw: %o is %s', (failure, trouble) => {
    expect(troubleOf(failure)).toBe(trouble);
  });

  it('is said in one notice, which says why and how to keep the work, in both languages, and goes once a save succeeds', () => {
    const s = store();
    s.getState().postNotice({ tone: 'info', text: 'Autre' });
    sayDraftTrouble(s, new DOMException('quota', 'QuotaExceededError'));
    expect(said(s)).toEqual([
      { tone: 'info', text: 'Autre' },
      {
        tone: 'error',
        text: 'Votre brouillon ne peut plus être gardé dans ce navigateur\u00a0: l’espace de stockage du site y est plein. Ce qui n’a pas pu être enregistré sera perdu si vous fermez ou rechargez la page. Pour le garder, copiez le lien de partage (cochez d’abord «\u00a0Inclure les coordonnées du client\u00a0» pour les y mettre) ou utilisez «\u00a0Exporter en JSON\u00a0» (sans les coordonnées), et recopiez ailleurs vos notes internes, qu’aucun des deux ne contient. Ce message disparaîtra dès qu’un enregistrement réussira.',
      },
    ]);
    expect(said(s, 'en')[1]?.text).toBe('Your draft can no longer be kept in this browser: the site’s storage space is full. What could not be saved will be lost if you close or reload the page. To keep it, copy the share link (tick “Include the customer details” first to put them in it) or use “Export as JSON” (without the customer details), and copy your internal notes elsewhere, as neither contains them. This message goes away as soon as a save succeeds.');
    sayDraftTrouble(s, null);
    expect(said(s)).toEqual([{ tone: 'info', text: 'Autre' }]);
  });

  it('names disabled storage; withdrawing a notice the buyer already closed touches no other notice', () => {
    const s = store();
    sayDraftTrouble(s, new DOMException('denied', 'SecurityError'));
    expect(said(s)[0]?.text).toContain('le stockage du site y est désactivé (navigation privée ou réglages du navigateur).');
    expect(said(s, 'en')[0]?.text).toContain('the site’s storage is disabled (private browsing or browser settings).');
    const [notice] = s.getState().notices;
    s.getState().dismissNotice(notice?.id ?? -1);
    s.getState().postNotice({ tone: 'info', text: 'Posté après' });
    sayDraftTrouble(s, null);
    expect(said(s)).toEqual([{ tone: 'info', text: 'Posté après' }]);
  });
});

describe('the drafts kept aside, offered in a notice', () => {
  let saved: FakeStorage;
  let location: { href: string };
  beforeEach(() => {
    saved = new FakeStorage();
    location = { href: 'https://collabnext.example/configurateur/' };
    const history = { state: null, replaceState: (_s: unknown, _t: string, url: string) => void (location.href = url) };
    vi.stubGlobal('window', { localStorage: saved, location, history });
  });
  afterEach(() => vi.unstubAllGlobals());

  const catalog = defaultCatalog();
  const draft = (items: Configuration['items'], company = '') => serialiseDraft({
    configuration: { catalog: '2026-11', items, termMonths: 12, requirements: [], salesDiscountBp: 0 },
    addedAutomatically: {}, customer: { ...emptyCustomer(), company }, notes: '', salesMode: false,
  });
  const draftCo = draft([{ module: 'alinto-mail-essential', quantity: 25 }, { module: 'cryptpad-team', quantity: 10 }], 'Draft Co');
  const at = (y: number, m: number, d: number, h = 9, min = 0) => new Date(y, m - 1, d, h, min).getTime();
  const asideNotice = (s: ReturnType<typeof store>) => s.getState().notices.find((n) => n.items);
  const items = (s: ReturnType<typeof store>, lang: 'fr' | 'en' = 'fr') =>
    asideNotice(s)?.items?.map((i) => [noticeWords(i.text, lang), ...i.actions.map((a) => noticeWords(a.label, lang))]);

  it('lists them newest first, each with when, why and what it holds, « Restaurer » for a draft and « Oublier », in both languages', () => {
    keepAside(draftCo, 'link', at(2026, 3, 12, 14, 5));
    keepAside(draft([{ module: 'xwiki-knowledge', quantity: 60 }]), 'tab', at(2026, 3, 13));
    keepAside('{"format":', 'read-back', at(2026, 3, 1));
    keepAside(draft([]), 'replaced', at(2026, 3, 14));
    const s = store();
    offerDraftsAside(s, { catalog, switchStore: vi.fn() }, at(2026, 3, 14));
    expect(noticeWords(asideNotice(s)?.text ?? '', 'fr')).toBe('Brouillons mis de côté dans ce navigateur, du plus récent au plus ancien. «\u00a0Restaurer\u00a0» en refait votre brouillon et met de côté celui en cours\u202f; «\u00a0Oublier\u00a0» l’efface pour de bon.');
    expect(items(s)).toEqual([
      ['13 mars 2026 à 09:00, version d’un autre onglet\u00a0: 1 module (XWiki Base de connaissances), sans raison sociale', 'Restaurer', 'Oublier'],
      ['12 mars 2026 à 14:05, remplacé par un lien de partage\u00a0: 2 modules (Alinto Messagerie Essentielle, CryptPad Équipe), Draft Co', 'Restaurer', 'Oublier'],
      ['1 mars 2026 à 09:00, texte d’origine, mis de côté en relisant le brouillon\u00a0: texte illisible de 10 caractères, gardé tel quel', 'Oublier'],
    ]);
    expect(items(s, 'en')).toEqual([
      ['13 March 2026 at 09:00, another tab’s version: 1 module (XWiki Knowledge Base), no company name', 'Restore', 'Forget'],
      ['12 March 2026 at 14:05, replaced by a share link: 2 modules (Alinto Essential Mail, CryptPad Team), Draft Co', 'Restore', 'Forget'],
      ['1 March 2026 at 09:00, original text, set aside when the draft was read back: unreadable text of 10 characters, kept as it was', 'Forget'],
    ]);
  });

  it('names at most three modules of a draft', () => {
    const modules = ['alinto-mail-essential', 'cryptpad-team', 'xwiki-knowledge', 'glowbl-meetings'];
    keepAside(draft(modules.map((module) => ({ module, quantity: 1 })), 'Big Co'), 'tab', at(2026, 3, 12));
    const s = store();
    offerDraftsAside(s, { catalog, switchStore: vi.fn() });
    expect(items(s)?.[0]?.[0]).toBe('12 mars 2026 à 09:00, version d’un autre onglet\u00a0: 4 modules (Alinto Messagerie Essentielle, CryptPad Équipe, XWiki Base de connaissances, …), Big Co');
  });

  it('names the oldest drafts forgotten beyond the five it keeps', () => {
    for (let day = 1; day <= 7; day++) keepAside(draft([], `Co ${day}`), 'link', at(2026, 3, day));
    const s = store();
    offerDraftsAside(s, { catalog, switchStore: vi.fn() });
    expect(asideNotice(s)?.items).toHaveLength(5);
    expect(noticeWords(asideNotice(s)?.text ?? '', 'fr')).toContain(' Pour n’en garder que 5, les plus anciens brouillons mis de côté ont été oubliés\u00a0: 2 mars 2026 à 09:00, remplacé par un lien de partage\u00a0: aucun module, Co 2 ; 1 mars 2026 à 09:00, remplacé par un lien de partage\u00a0: aucun module, Co 1.');
  });

  it('names them in English with English punctuation (no space before « ; » or « : »)', () => {
    for (let day = 1; day <= 7; day++) keepAside(draft([], `Co ${day}`), day === 1 ? 'back' : 'link', at(2026, 3, day));
    const s = store();
    offerDraftsAside(s, { catalog, switchStore: vi.fn() });
    const said = noticeWords(asideNotice(s)?.text ?? '', 'en');
    expect(said).toMatch(/2 March 2026[^;]*, replaced by a share link: no module, Co 2; 1 March 2026[^;]*, a link’s configuration, left with the Back button: no module, Co 1\.$/);
  });

  it('« Oublier » forgets that draft only', () => {
    keepAside(draftCo, 'link', at(2026, 3, 12));
    keepAside(draft([]), 'tab', at(2026, 3, 13));
    const s = store();
    offerDraftsAside(s, { catalog, switchStore: vi.fn() });
    asideNotice(s)?.items?.[1]?.actions[1]?.run();
    expect(Object.values(saved.under(ASIDE_KEY))).toEqual([draft([])]);
  });

  it('« Restaurer » keeps the draft on screen aside, makes the chosen one the draft on a new store, and offers what is left aside', async () => {
    keepAside(draftCo, 'link', at(2026, 3, 12));
    const s = store();
    s.getState().selectModule('glowbl-meetings');
    s.getState().writeNotes('Rappeler lundi');
    const switchStore = vi.fn();
    offerDraftsAside(s, { catalog, switchStore });
    asideNotice(s)?.items?.[0]?.actions[0]?.run();
    const [restored] = switchStore.mock.calls[0] as [ReturnType<typeof store>];
    expect(restored.getState().configuration.items).toEqual([{ module: 'alinto-mail-essential', quantity: 25 }, { module: 'cryptpad-team', quantity: 10 }]);
    expect(restored.getState().customer.company).toBe('Draft Co');
    expect(saved.getItem(DRAFT_KEY)).toBe(draftCo);
    const [setAside] = Object.values(saved.under(ASIDE_KEY));
    expect(JSON.parse(setAside ?? '{}')).toMatchObject({ configuration: { items: [{ module: 'glowbl-meetings' }] }, notes: 'Rappeler lundi' });
    expect(Object.keys(saved.under(ASIDE_KEY))).toEqual([expect.stringMatching(/\.replaced$/)]);
    await vi.waitFor(() => expect(items(restored)).toEqual([[expect.stringContaining('remplacé par un brouillon restauré\u00a0: 1 module (Glowbl Réunions), sans raison sociale'), 'Restaurer', 'Oublier']]));
  });

  it('« Restaurer » sets nothing aside for an empty draft on screen, and the address bar shows the draft restored', async () => {
    keepAside(draftCo, 'link', at(2026, 3, 12));
    const s = store();
    const switchStore = vi.fn();
    offerDraftsAside(s, { catalog, switchStore });
    asideNotice(s)?.items?.[0]?.actions[0]?.run();
    expect(switchStore).toHaveBeenCalledOnce();
    expect(saved.under(ASIDE_KEY)).toEqual({});
    expect(saved.getItem(DRAFT_KEY)).toBe(draftCo);
    await vi.waitFor(() => expect(location.href).toMatch(/#1/));
  });

  it('« Restaurer » changes nothing, and says so, when the browser refuses to keep the draft on screen aside', () => {
    keepAside(draftCo, 'link', at(2026, 3, 12));
    const s = store();
    s.getState().selectModule('glowbl-meetings');
    const switchStore = vi.fn();
    offerDraftsAside(s, { catalog, switchStore });
    saved.quota = 0;
    asideNotice(s)?.items?.[0]?.actions[0]?.run();
    expect(switchStore).not.toHaveBeenCalled();
    expect(Object.values(saved.under(ASIDE_KEY))).toEqual([draftCo]);
    expect(said(s).at(-1)).toEqual({ tone: 'error', text: 'Ce brouillon n’a pas été restauré\u00a0: le navigateur a refusé de mettre de côté celui en cours (stockage plein ou désactivé). Rien n’a changé.' });
  });
});

describe('another tab’s save, told', () => {
  let saved: FakeStorage;
  let replaceState: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    saved = new FakeStorage();
    replaceState = vi.fn();
    const location = { href: 'https://collabnext.example/configurateur/' };
    vi.stubGlobal('window', { localStorage: saved, location, history: { state: null, replaceState } });
  });
  afterEach(() => vi.unstubAllGlobals());

  const catalog = defaultCatalog();
  const tabB = (items: Configuration['items'], company = '') => serialiseDraft({
    configuration: { catalog: '2026-11', items, termMonths: 12, requirements: [], salesDiscountBp: 0 },
    addedAutomatically: {}, customer: { ...emptyCustomer(), company }, notes: '', salesMode: false,
  });
  const cryptpad = tabB([{ module: 'cryptpad-team', quantity: 10 }]);
  const both = tabB([{ module: 'cryptpad-team', quantity: 10 }, { module: 'outscale-vm', quantity: 2 }]);

  it('is one notice saying that this tab keeps its own and how to load the other’s, in both languages', () => {
    const s = store();
    sayOtherTabSaved({ catalog, switchStore: vi.fn() }, s, cryptpad, true);
    sayOtherTabSaved({ catalog, switchStore: vi.fn() }, s, both, false);
    expect(said(s)).toEqual([{
      tone: 'warning',
      text: 'Ce brouillon vient d’être modifié dans un autre onglet. Cet onglet garde le sien\u00a0: ses modifications mettent la version de l’autre onglet de côté dans ce navigateur, sans l’effacer. Vous pouvez aussi charger la version de l’autre onglet\u202f; celle de cet onglet sera alors mise de côté.',
    }]);
    expect(said(s, 'en')[0]?.text).toBe('This draft was just changed in another tab. This tab keeps its own: its changes set the other tab’s version aside in this browser, without deleting it. You can also load the other tab’s version; this tab’s will then be set aside.');
    expect(noticeWords(s.getState().notices[0]?.action?.label ?? '', 'fr')).toBe('Charger la version de l’autre onglet');
  });

  it('closed, comes back only once this tab has saved again (the next save the other tab makes is « first »)', () => {
    const s = store();
    sayOtherTabSaved({ catalog, switchStore: vi.fn() }, s, cryptpad, true);
    s.getState().dismissNotice(s.getState().notices[0]?.id ?? -1);
    sayOtherTabSaved({ catalog, switchStore: vi.fn() }, s, both, false);
    expect(said(s)).toEqual([]);
    sayOtherTabSaved({ catalog, switchStore: vi.fn() }, s, cryptpad, true);
    expect(said(s)).toHaveLength(1);
  });

  it('goes when the other tab saves this tab’s own text again, and a later save of another text is said anew', () => {
    const s = store();
    s.getState().postNotice({ tone: 'info', text: 'Autre avis' });
    sayOtherTabSaved({ catalog, switchStore: vi.fn() }, s, cryptpad, true);
    withdrawOtherTabSaved(s);
    expect(said(s).map((n) => n.text)).toEqual(['Autre avis']);
    withdrawOtherTabSaved(s);
    expect(said(s)).toHaveLength(1);
    sayOtherTabSaved({ catalog, switchStore: vi.fn() }, s, both, true);
    expect(said(s).map((n) => n.tone)).toEqual(['info', 'warning']);
  });

  it('loads the other tab’s latest version on a new store, this tab’s draft set aside', async () => {
    const s = store();
    s.getState().selectModule('alinto-mail-essential');
    s.getState().fillCustomer({ ...emptyCustomer(), company: 'Acme SAS' });
    const switchStore = vi.fn();
    saved.setItem(DRAFT_KEY, both);
    sayOtherTabSaved({ catalog, switchStore }, s, cryptpad, true);
    sayOtherTabSaved({ catalog, switchStore }, s, both, false);
    s.getState().notices[0]?.action?.run();
    const [loaded] = switchStore.mock.calls[0] as [ReturnType<typeof store>];
    expect(loaded.getState().configuration.items.map((i) => i.module)).toEqual(['cryptpad-team', 'outscale-vm']);
    expect(saved.getItem(DRAFT_KEY)).toBe(both);
    expect(Object.entries(saved.under(ASIDE_KEY)).map(([k, v]) => [k.replace(/.*\./, ''), JSON.parse(v).customer.company])).toEqual([['tab-loaded', 'Acme SAS']]);
    await vi.waitFor(() => expect(replaceState).toHaveBeenCalled());
  });

  it('this tab’s earlier text, kept aside by another tab, is forgotten once this tab saves over that tab’s (ping-pong keeps one copy per tab)', () => {
    keepAside(cryptpad, 'tab', Date.UTC(2026, 2, 1));
    keepAside(cryptpad, 'link', Date.UTC(2026, 2, 2));
    keepAside(both, 'tab', Date.UTC(2026, 2, 3));
    forgetSuperseded(cryptpad);
    expect(Object.entries(saved.under(ASIDE_KEY)).map(([k, v]) => [k.replace(/.*\./, ''), v])).toEqual([['link', cryptpad], ['tab', both]]);
  });
});
