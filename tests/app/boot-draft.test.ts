import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { bootConfigurator } from '../../src/app/boot';
import { ASIDE_KEY, DRAFT_KEY } from '../../src/app/draft-storage';
import { emptyCustomer } from '../../src/domain/customer';
import { DRAFT_FORMAT } from '../../src/domain/draft-format';
import { computeQuote } from '../../src/domain/quote';
import { noticeWords, type ConfiguratorStore } from '../../src/store/configurator-store';
import { loadLanguage } from '../../src/ui/messages';
import { defaultCatalog } from '../fixtures/catalogs';
import { fetchFromPublic } from './archive-fetch';

const catalog = defaultCatalog();
beforeAll(() => Promise.all([loadLanguage('fr'), loadLanguage('en')]));

/** A browser whose localStorage holds `saved`, with no link in the address and the archive served from public/. */
let saved: Map<string, string>;
beforeEach(() => {
  saved = new Map();
  const localStorage = {
    getItem: (k: string) => saved.get(k) ?? null,
    setItem: (k: string, v: string) => void saved.set(k, v),
    removeItem: (k: string) => void saved.delete(k),
  };
  vi.stubGlobal('window', { localStorage });
  vi.stubGlobal('location', { hash: '' });
  vi.stubGlobal('navigator', { languages: ['fr-FR'], language: 'fr-FR' });
  vi.stubGlobal('fetch', fetchFromPublic);
});
afterEach(() => vi.unstubAllGlobals());

/** The draft QA used: Glowbl Réunions ×7, 12 months, « Keep Me », notes; `configuration` replaces parts of it. */
const keepMe = (configuration: Record<string, unknown>) => JSON.stringify({
  format: DRAFT_FORMAT,
  configuration: { catalog: '2026-11', items: [{ module: 'glowbl-meetings', quantity: 7 }], termMonths: 12, requirements: [], salesDiscountBp: 0, ...configuration },
  addedAutomatically: {},
  customer: { ...emptyCustomer(), company: 'Keep Me' },
  notes: 'Rappeler lundi',
  salesMode: true,
});

const notices = (store: ConfiguratorStore, lang: 'fr' | 'en' = 'fr') => store.getState().notices.map((n) => noticeWords(n.text, lang));
const setAsideTexts = () => [...saved].filter(([k]) => k.startsWith(ASIDE_KEY)).map(([, v]) => v);

describe('a saved draft with one bad value, at start-up', () => {
  it('keeps the customer, notes and valid module, drops the unknown one and says which, in the buyer’s language', async () => {
    const text = keepMe({ items: [{ module: 'nope', quantity: 3 }, { module: 'glowbl-meetings', quantity: 7 }] });
    saved.set(DRAFT_KEY, text);
    const store = await bootConfigurator(catalog);
    const state = store.getState();
    expect(state.configuration.items).toEqual([{ module: 'glowbl-meetings', quantity: 7 }]);
    expect([state.customer.company, state.notes, state.salesMode, state.configuration.termMonths]).toEqual(['Keep Me', 'Rappeler lundi', true, 12]);
    expect(notices(store)).toEqual([
      'Votre brouillon enregistré a été repris, sauf ce qui ne pouvait pas l’être. Le brouillon cite un module que ce catalogue ne propose pas\u00a0: nope\u202f; il a été retiré. Son texte d’origine a été mis de côté dans ce navigateur, pas effacé.',
    ]);
    expect(notices(store, 'en')[0]).toContain('The draft names a module this catalogue does not offer: nope; it was removed.');
    expect(setAsideTexts()).toEqual([text]);
  });

  it('drops a line whose quantity is out of bounds, naming the module and both figures, and keeps the rest', async () => {
    saved.set(DRAFT_KEY, keepMe({ items: [{ module: 'glowbl-meetings', quantity: 1e9 }], termMonths: 36 }));
    const store = await bootConfigurator(catalog);
    expect(store.getState().configuration).toMatchObject({ items: [], termMonths: 36 });
    expect(store.getState().customer.company).toBe('Keep Me');
    expect(notices(store)[0]).toContain('La quantité de Glowbl Réunions doit être comprise entre 1 et 1\u202f000\u202f; le brouillon indiquait 1\u202f000\u202f000\u202f000\u00a0: la ligne a été retirée.');
  });

  it('leaves the repaired draft as the saved one, so a second reload sets nothing aside again', async () => {
    saved.set(DRAFT_KEY, keepMe({ termMonths: 7 }));
    await bootConfigurator(catalog);
    const second = await bootConfigurator(catalog);
    expect([second.getState().configuration.termMonths, second.getState().customer.company]).toEqual([1, 'Keep Me']);
    expect(notices(second)).toEqual([]);
    expect(setAsideTexts()).toHaveLength(1);
  });

  it.each([
    ['not JSON', '{"format":', 'son texte est illisible (ce n’est pas du JSON)'],
    ['not a draft', JSON.stringify({ hello: 'world' }), 'ce n’est pas un brouillon du configurateur'],
  ])('a saved text that is %s is set aside whole, and the notice says which', async (_kind, text, reason) => {
    saved.set(DRAFT_KEY, text);
    const store = await bootConfigurator(catalog);
    expect(store.getState().configuration.items).toEqual([]);
    expect(notices(store)[0]).toContain(`n’a pas pu être relu\u00a0: ${reason}. Il a été mis de côté`);
    expect(setAsideTexts()).toEqual([text]);
    expect(saved.has(DRAFT_KEY)).toBe(false);
  });

  it('a draft a newer version of the configurator wrote is said to come from it, and set aside whole like the others', async () => {
    const text = JSON.stringify({ ...JSON.parse(keepMe({})), format: 'collabnext-draft/2' });
    saved.set(DRAFT_KEY, text);
    const store = await bootConfigurator(catalog);
    expect(store.getState().configuration.items).toEqual([]);
    expect(notices(store)[0]).toContain('n’a pas pu être relu\u00a0: il vient d’une version plus récente du configurateur. Il a été mis de côté');
    expect(notices(store, 'en')[0]).toContain('could not be read: it comes from a newer version of the configurator. It was set aside');
    expect(setAsideTexts()).toEqual([text]);
  });
});

describe('a saved draft whose customer details have the wrong type, at start-up', () => {
  it('keeps the digits of a SIREN and a phone saved as numbers, says what was left empty, and sets the original aside', async () => {
    const text = JSON.stringify({
      ...JSON.parse(keepMe({})),
      customer: { company: 'ACME SAS', siret: 732829320, phone: 123456789, contactName: ['Jeanne'], email: 'j@acme.fr' },
      notes: { text: 'Remise négociée avec M. Dupont' },
      salesMode: 'true',
    });
    saved.set(DRAFT_KEY, text);
    const store = await bootConfigurator(catalog);
    const { customer, notes, salesMode, configuration } = store.getState();
    expect([customer.company, customer.siret, customer.phone, customer.contactName, customer.email, notes, salesMode])
      .toEqual(['ACME SAS', '732829320', '123456789', '', 'j@acme.fr', '', false]);
    expect(configuration.items).toEqual([{ module: 'glowbl-meetings', quantity: 7 }]);
    expect(notices(store)).toEqual([
      'Votre brouillon enregistré a été repris, sauf ce qui ne pouvait pas l’être. ' +
        'Les champs «\u00a0SIREN ou SIRET\u00a0» (732829320) et «\u00a0Téléphone\u00a0» (123456789) avaient été enregistrés comme des nombres\u00a0: leurs chiffres ont été repris\u202f; vérifiez qu’aucun 0 initial ne manque. ' +
        'Les champs «\u00a0Nom du contact\u00a0» et «\u00a0Notes internes\u00a0» enregistrés n’étaient pas des textes\u00a0: ils ont été laissés vides. ' +
        'Le mode commercial enregistré n’était ni activé ni désactivé\u00a0: il est désactivé. ' +
        'Son texte d’origine a été mis de côté dans ce navigateur, pas effacé.',
    ]);
    expect(notices(store, 'en')[0]).toContain('The saved fields “Contact name” and “Internal notes” were not text: they were left empty.');
    expect(setAsideTexts()).toEqual([text]);
  });

  it('sets aside the whole text of a draft whose notes were cut at 10 000 characters', async () => {
    const text = JSON.stringify({ ...JSON.parse(keepMe({})), notes: 'n'.repeat(12_000) });
    saved.set(DRAFT_KEY, text);
    const store = await bootConfigurator(catalog);
    expect(store.getState().notes).toHaveLength(10_000);
    expect(notices(store)[0]).toContain('Le champ «\u00a0Notes internes\u00a0» (12\u202f000 caractères, les 10\u202f000 premiers gardés) enregistré était trop long\u00a0: il a été coupé.');
    expect(setAsideTexts()).toEqual([text]);
  });
});

describe('a saved draft from another catalog revision, at start-up', () => {
  it('lists the price each kept module had on the draft’s revision and has today (2,80 € → 3,00 € a mailbox)', async () => {
    saved.set(DRAFT_KEY, keepMe({ catalog: '2026-10', items: [{ module: 'alinto-mail-essential', quantity: 25 }] }));
    const store = await bootConfigurator(catalog);
    const quote = computeQuote(catalog, store.getState().configuration);
    expect(quote.ok && quote.value.lines[0]?.monthly).toBe(7500);
    expect(notices(store)).toEqual([
      'Votre brouillon avait été fait sur une autre version du catalogue (2026-10)\u202f; il a été reporté sur le catalogue 2026-11. ' +
        'Alinto Messagerie Essentielle\u00a0: 70,00\u00a0€ HT par mois sur le catalogue 2026-10, 75,00\u00a0€ aujourd’hui. ' +
        'Total mensuel HT\u00a0: 63,00\u00a0€ sur le catalogue 2026-10, 67,50\u00a0€ aujourd’hui.',
    ]);
    expect(notices(store, 'en')).toEqual([
      'Your draft was made on another version of the catalogue (2026-10); it was carried over to catalogue 2026-11. Alinto Essential Mail: €70.00 excl. VAT a month on catalogue 2026-10, €75.00 now. ' +
        'Monthly total excl. VAT: €63.00 on catalogue 2026-10, €67.50 now.',
    ]);
  });

  it('says when only the commitment discount changed (36 months: 18 % → 20 %), with the monthly total then and now', async () => {
    saved.set(DRAFT_KEY, keepMe({ catalog: '2026-10', items: [{ module: 'cryptpad-team', quantity: 30 }], termMonths: 36 }));
    const store = await bootConfigurator(catalog);
    expect(notices(store)).toEqual([
      'Votre brouillon avait été fait sur une autre version du catalogue (2026-10)\u202f; il a été reporté sur le catalogue 2026-11. ' +
        'Remise d’engagement sur 36 mois\u00a0: 18\u00a0% sur le catalogue 2026-10, 20\u00a0% aujourd’hui. ' +
        'Total mensuel HT\u00a0: 123,00\u00a0€ sur le catalogue 2026-10, 120,00\u00a0€ aujourd’hui.',
    ]);
  });

  it('says what changed once: the draft is saved on today’s catalog, and the next reload has nothing to say', async () => {
    saved.set(DRAFT_KEY, keepMe({ catalog: '2026-10', items: [{ module: 'alinto-mail-essential', quantity: 25 }] }));
    expect(notices(await bootConfigurator(catalog))).toHaveLength(1);
    const second = await bootConfigurator(catalog);
    expect(notices(second)).toEqual([]);
    expect(second.getState().configuration.items).toEqual([{ module: 'alinto-mail-essential', quantity: 25 }]);
    expect(second.getState().customer.company).toBe('Keep Me');
    expect(setAsideTexts()).toEqual([]);
  });

  it('gives a line saved without a quantity the module’s default (§3), not its minimum, and prices it', async () => {
    saved.set(DRAFT_KEY, keepMe({ catalog: '2026-10', items: [{ module: 'outscale-vm' }, { module: 'cryptpad-enterprise' }] }));
    const store = await bootConfigurator(catalog);
    expect(store.getState().configuration.items).toEqual([{ module: 'outscale-vm', quantity: 2 }, { module: 'cryptpad-enterprise', quantity: 100 }]);
    expect(notices(store)).toEqual([
      'Votre brouillon avait été fait sur une autre version du catalogue (2026-10)\u202f; il a été reporté sur le catalogue 2026-11. ' +
        'Outscale Machines virtuelles\u00a0: 170,00\u00a0€ HT par mois sur le catalogue 2026-10, 178,00\u00a0€ aujourd’hui. ' +
        'Total mensuel HT\u00a0: 783,00\u00a0€ sur le catalogue 2026-10, 790,20\u00a0€ aujourd’hui.',
    ]);
    expect(setAsideTexts()).toEqual([]);
  });

  it('moves a quantity out of today’s bounds to the nearest valid one, says both figures, recalls no price its own revision never gave, and sets the original aside', async () => {
    const text = keepMe({ catalog: '2026-10', items: [{ module: 'outscale-vm', quantity: 9999 }] });
    saved.set(DRAFT_KEY, text);
    const store = await bootConfigurator(catalog);
    expect(store.getState().configuration.items).toEqual([{ module: 'outscale-vm', quantity: 500 }]);
    expect(notices(store)).toEqual([
      'Votre brouillon avait été fait sur une autre version du catalogue (2026-10)\u202f; il a été reporté sur le catalogue 2026-11. ' +
        'La quantité d’Outscale Machines virtuelles passe de 9\u202f999 à 500 (au-delà du maximum du catalogue\u00a0: 500).',
    ]);
    expect(setAsideTexts()).toEqual([text]);
  });

  it('names a withdrawn module by the name its own revision gave it', async () => {
    saved.set(DRAFT_KEY, keepMe({ catalog: '2026-10', items: [{ module: 'alinto-mail-archive', quantity: 25 }] }));
    const store = await bootConfigurator(catalog);
    expect(notices(store)[0]).toContain('Le module Alinto Archivage de messagerie n’est plus proposé');
    expect(notices(store, 'en')[0]).toContain('The module Alinto Mail Archiving is no longer offered');
  });

  it('does not call a newer revision earlier, and says its prices could not be compared', async () => {
    saved.set(DRAFT_KEY, keepMe({ catalog: '2099-01' }));
    const store = await bootConfigurator(catalog);
    expect(store.getState().configuration.items).toEqual([{ module: 'glowbl-meetings', quantity: 7 }]);
    expect(notices(store)).toEqual([
      'Votre brouillon avait été fait sur une autre version du catalogue (2099-01)\u202f; il a été reporté sur le catalogue 2026-11. ' +
        'Les prix du catalogue 2099-01 n’ont pas pu être relus pour les comparer\u00a0: le devis suit ceux du catalogue 2026-11.',
    ]);
    expect(notices(store, 'en')[0]).not.toContain('earlier');
  });
});

describe('a saved draft listing 5,000 modules the catalog does not offer, at start-up', () => {
  const unknown = Array.from({ length: 5000 }, (_, i) => ({ module: `nope-${i + 1}`, quantity: 1 }));

  it.each([
    ['of today’s revision', '2026-11', 'Le brouillon cite aussi 4\u202f997 autres modules que ce catalogue ne propose pas\u202f; ils ont été retirés.',
      'The draft also names 4,997 other modules this catalogue does not offer; they were removed.'],
    ['of another revision', '2026-10', '4\u202f997 autres modules ne sont plus proposés\u00a0: ils ont été retirés.', '4,997 other modules are no longer offered: they were removed.'],
  ])('%s: names three, counts the others in one sentence', async (_name, revision, fr, en) => {
    saved.set(DRAFT_KEY, keepMe({ catalog: revision, items: [...unknown, { module: 'glowbl-meetings', quantity: 7 }] }));
    const store = await bootConfigurator(catalog);
    expect(store.getState().configuration.items).toEqual([{ module: 'glowbl-meetings', quantity: 7 }]);
    const [notice] = notices(store);
    expect(notice).toContain(fr);
    expect(notice).toContain('nope-3');
    expect(notice).not.toContain('nope-4');
    expect(notice?.length).toBeLessThan(700);
    expect(notices(store, 'en')[0]).toContain(en);
  });
});
