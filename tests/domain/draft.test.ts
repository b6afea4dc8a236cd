import { describe, expect, it } from 'vitest';
import { restoreDraft } from '../../src/domain/draft';
import { DRAFT_FORMAT, serialiseDraft, type Draft } from '../../src/domain/draft-format';
import { emptyCustomer } from '../../src/domain/customer';
import type { Configuration } from '../../src/domain/configuration';
import type { DraftFault } from '../../src/domain/draft-configuration';
import { describeDraftFault, describeDraftFaults } from '../../src/domain/draft-fault-messages';
import { defaultCatalog } from '../fixtures/catalogs';

const catalog = defaultCatalog();
const draft: Draft = {
  configuration: { catalog: '2026-11', items: [{ module: 'outscale-storage', quantity: 120 }, { module: 'outscale-vm', quantity: 2 }], termMonths: 12, requirements: ['hds'], salesDiscountBp: 250 },
  addedAutomatically: { 'outscale-vm': { kind: 'implied', module: 'outscale-vm', modules: ['outscale-storage'], qualifications: [], rules: ['storage-needs-vm'] } },
  customer: { ...emptyCustomer(), company: 'Mairie de Sète', sector: 'public' },
  notes: 'Rappeler lundi',
  salesMode: true,
};

describe('restoring the saved draft', () => {
  it('gives back exactly what was saved', () => {
    expect(restoreDraft(catalog, serialiseDraft(draft))).toEqual({ ok: true, value: { draft, faults: [], carriedOver: null } });
  });

  it.each([
    ['not JSON', '{"format":', 'not-json'],
    ['JSON but another format', JSON.stringify({ format: 'other', configuration: {} }), 'not-a-draft'],
    ['JSON but not an object', '[1, 2]', 'not-a-draft'],
    ['a draft of a later format, written by a newer version', JSON.stringify({ format: 'collabnext-draft/2', configuration: {} }), 'newer-format'],
    ['a draft of format 0, which never existed', JSON.stringify({ format: 'collabnext-draft/0', configuration: {} }), 'not-a-draft'],
    ['a draft format that is no number', JSON.stringify({ format: 'collabnext-draft/2b', configuration: {} }), 'not-a-draft'],
  ])('refuses a text that is %s, saying which', (_kind, text, reason) => {
    expect(restoreDraft(catalog, text)).toEqual({ ok: false, error: reason });
  });

  it('carries a draft of an earlier revision over to the current catalog, listing what changed', () => {
    const old = { ...draft, configuration: { ...draft.configuration, catalog: '2026-10', items: [{ module: 'alinto-mail-archive', quantity: 10 }, { module: 'outscale-vm', quantity: 2 }] } };
    const restored = restoreDraft(catalog, serialiseDraft(old));
    expect(restored.ok && restored.value.draft.configuration.items).toEqual([{ module: 'outscale-vm', quantity: 2 }]);
    expect(restored.ok && restored.value.carriedOver).toEqual({
      from: '2026-10', saved: old.configuration, changes: [{ kind: 'module-withdrawn', module: 'alinto-mail-archive' }],
    });
  });

  it('gives a line of an earlier revision saved without a quantity the module’s default (§3), with nothing to report', () => {
    const old = JSON.stringify({ ...JSON.parse(serialiseDraft(draft)), configuration: { ...draft.configuration, catalog: '2026-10', items: [{ module: 'outscale-vm' }, { module: 'cryptpad-enterprise' }] } });
    const restored = restoreDraft(catalog, old);
    expect(restored.ok && restored.value.draft.configuration.items).toEqual([{ module: 'outscale-vm', quantity: 2 }, { module: 'cryptpad-enterprise', quantity: 100 }]);
    expect(restored.ok && restored.value.carriedOver?.changes).toEqual([]);
  });

  it('drops an "added because" whose cause is no longer in the configuration (a note saved before unticking it left it)', () => {
    const stale = { ...draft, configuration: { ...draft.configuration, items: [{ module: 'outscale-vm', quantity: 2 }] } };
    const restored = restoreDraft(catalog, serialiseDraft(stale));
    expect(restored.ok && restored.value.draft.addedAutomatically).toEqual({});
    expect(restored.ok && restored.value.draft.configuration.items).toEqual([{ module: 'outscale-vm', quantity: 2 }]);
  });

  it('drops a malformed "added because" without a word: the configurator re-derives why a module is there', () => {
    const text = JSON.stringify({
      ...JSON.parse(serialiseDraft(draft)),
      addedAutomatically: { 'outscale-vm': 'storage-needs-vm', 'outscale-storage': { kind: 'implied' } },
    });
    const restored = restoreDraft(catalog, text);
    expect(restored.ok && restored.value.draft.addedAutomatically).toEqual({});
    expect(restored.ok && restored.value.faults).toEqual([]);
    expect(restored.ok && restored.value.draft.configuration).toEqual(draft.configuration);
  });
});

/** A well-formed draft on today's catalog (Glowbl Réunions ×7, 12 months) with `change` applied to its configuration. */
const keepMe = (change: Record<string, unknown>) => JSON.stringify({
  format: DRAFT_FORMAT,
  configuration: { catalog: '2026-11', items: [{ module: 'glowbl-meetings', quantity: 7 }], termMonths: 12, requirements: ['hds'], salesDiscountBp: 500, ...change },
  addedAutomatically: {},
  customer: { ...emptyCustomer(), company: 'Keep Me' },
  notes: 'Rappeler lundi',
  salesMode: true,
});
const glowbl = { module: 'glowbl-meetings', quantity: 7 };
const kept = { catalog: '2026-11', items: [glowbl], termMonths: 12, requirements: ['hds'], salesDiscountBp: 500 };

describe('a saved draft with one bad value', () => {
  it.each<[string, Record<string, unknown>, Partial<Configuration>, DraftFault[]]>([
    ['an unknown module beside a valid one', { items: [{ module: 'nope', quantity: 3 }, glowbl] }, {},
      [{ kind: 'refused', error: { kind: 'unknown-module', module: 'nope' } }]],
    ['a module listed twice', { items: [glowbl, { module: 'glowbl-meetings', quantity: 9 }] }, {},
      [{ kind: 'refused', error: { kind: 'duplicate-module', module: 'glowbl-meetings' } }]],
    ['a quantity of 1e9', { items: [{ module: 'glowbl-meetings', quantity: 1e9 }] }, { items: [] },
      [{ kind: 'refused', error: { kind: 'quantity-out-of-range', module: 'glowbl-meetings', quantity: 1e9, min: 1, max: 1000 } }]],
    ['a quantity of -3', { items: [{ module: 'glowbl-meetings', quantity: -3 }] }, { items: [] },
      [{ kind: 'refused', error: { kind: 'quantity-out-of-range', module: 'glowbl-meetings', quantity: -3, min: 1, max: 1000 } }]],
    ['a quantity written as text', { items: [{ module: 'glowbl-meetings', quantity: '12' }] }, { items: [] },
      [{ kind: 'quantity-unreadable', module: 'glowbl-meetings' }]],
    ['an item without a module', { items: [{ quantity: 3 }, glowbl] }, {}, [{ kind: 'item-unreadable', position: 1 }]],
    ['a 7-month term', { termMonths: 7 }, { termMonths: 1 },
      [{ kind: 'refused', error: { kind: 'unknown-term', months: 7, available: [1, 12, 36] } }]],
    ['a term written as text', { termMonths: '12' }, { termMonths: 1 }, [{ kind: 'term-unreadable', to: 1 }]],
    ['an unknown qualification', { requirements: ['hds', 'nasa'] }, {},
      [{ kind: 'refused', error: { kind: 'unknown-qualification', qualification: 'nasa' } }]],
    ['a sales discount of 99999 bp', { salesDiscountBp: 99999 }, { salesDiscountBp: 0 }, [{ kind: 'sales-discount-unreadable', value: 99999 }]],
    ['a sales discount written as text', { salesDiscountBp: '5%' }, { salesDiscountBp: 0 }, [{ kind: 'sales-discount-unreadable', value: null }]],
    ['a sales discount of 1234.5 bp', { salesDiscountBp: 1234.5 }, { salesDiscountBp: 0 }, [{ kind: 'sales-discount-not-whole', value: 1234.5 }]],
    ['a sales discount of 99999.5 bp', { salesDiscountBp: 99999.5 }, { salesDiscountBp: 0 }, [{ kind: 'sales-discount-unreadable', value: 99999.5 }]],
  ])('with %s keeps everything else and lists only that value as dropped', (_kind, change, configuration, faults) => {
    const restored = restoreDraft(catalog, keepMe(change));
    expect(restored).toEqual({
      ok: true,
      value: {
        draft: { configuration: { ...kept, ...configuration }, addedAutomatically: {}, customer: { ...emptyCustomer(), company: 'Keep Me' }, notes: 'Rappeler lundi', salesMode: true },
        faults,
        carriedOver: null,
      },
    });
  });

  it('without a readable configuration still keeps the customer details, the notes and sales mode', () => {
    const restored = restoreDraft(catalog, JSON.stringify({ ...JSON.parse(keepMe({})), configuration: 'x' }));
    expect(restored.ok && restored.value.faults).toEqual([{ kind: 'configuration-unreadable' }]);
    expect(restored.ok && restored.value.draft.configuration.items).toEqual([]);
    expect(restored.ok && [restored.value.draft.customer.company, restored.value.draft.notes, restored.value.draft.salesMode]).toEqual(['Keep Me', 'Rappeler lundi', true]);
  });
});

describe('a saved draft whose customer details, notes or sales mode have the wrong type', () => {
  /** The draft QA used: a valid configuration, then these details. */
  const details = (rest: Record<string, unknown>) => JSON.stringify({ ...JSON.parse(serialiseDraft(draft)), ...rest });

  it('keeps whole numbers as their digits, leaves the rest empty, and lists each value', () => {
    const restored = restoreDraft(catalog, details({
      customer: { company: 'ACME SAS', siret: 732829320, phone: 123456789, contactName: ['Jeanne'], email: 'j@acme.fr' },
      notes: { text: 'Remise négociée avec M. Dupont' },
      salesMode: 'true',
    }));
    expect(restored.ok && restored.value.draft).toMatchObject({
      customer: { ...emptyCustomer(), company: 'ACME SAS', siret: '732829320', phone: '123456789', email: 'j@acme.fr' },
      notes: '',
      salesMode: false,
      configuration: draft.configuration,
    });
    expect(restored.ok && restored.value.faults).toEqual([
      { kind: 'text-from-number', field: 'siret', kept: '732829320' },
      { kind: 'text-unreadable', field: 'contactName' },
      { kind: 'text-from-number', field: 'phone', kept: '123456789' },
      { kind: 'text-unreadable', field: 'notes' },
      { kind: 'sales-mode-unreadable' },
    ]);
  });

  it.each<[string, Record<string, unknown>, DraftFault[]]>([
    ['texts over their bounds', { customer: { company: 'x'.repeat(5000) }, notes: 'n'.repeat(12_345) },
      [{ kind: 'text-cut', field: 'company', length: 5000, max: 2000 }, { kind: 'text-cut', field: 'notes', length: 12_345, max: 10_000 }]],
    ['an unknown sector', { customer: { company: 'ACME SAS', sector: 'military' } }, [{ kind: 'sector-unreadable' }]],
    ['customer details that are not an object', { customer: 'ACME SAS' }, [{ kind: 'customer-unreadable' }]],
    ['a negative or fractional number', { customer: { siret: -1, phone: 1.5 } },
      [{ kind: 'text-unreadable', field: 'siret' }, { kind: 'text-unreadable', field: 'phone' }]],
    ['details simply missing (nothing to say)', { customer: {}, notes: undefined, salesMode: undefined }, []],
  ])('with %s lists exactly what was dropped or cut', (_kind, rest, faults) => {
    const restored = restoreDraft(catalog, details(rest));
    expect(restored.ok && restored.value.faults).toEqual(faults);
  });

  it('cuts texts at 2 000 characters (details) and 10 000 (notes)', () => {
    const restored = restoreDraft(catalog, details({ customer: { company: 'x'.repeat(5000) }, notes: 'n'.repeat(12_345) }));
    expect(restored.ok && [restored.value.draft.customer.company.length, restored.value.draft.notes.length]).toEqual([2000, 10_000]);
  });
});

describe('what the buyer reads about a dropped value', () => {
  const name = (id: string) => (id === 'glowbl-meetings' ? 'Glowbl Réunions' : id);
  it.each<[DraftFault, 'fr' | 'en', string]>([
    [{ kind: 'refused', error: { kind: 'unknown-module', module: 'nope' } }, 'fr', 'Le brouillon cite un module que ce catalogue ne propose pas\u00a0: nope\u202f; il a été retiré.'],
    [{ kind: 'refused', error: { kind: 'unknown-module', module: 'nope' } }, 'en', 'The draft names a module this catalogue does not offer: nope; it was removed.'],
    [{ kind: 'refused', error: { kind: 'quantity-out-of-range', module: 'glowbl-meetings', quantity: 1e9, min: 1, max: 1000 } }, 'fr',
      'La quantité de Glowbl Réunions doit être comprise entre 1 et 1\u202f000\u202f; le brouillon indiquait 1\u202f000\u202f000\u202f000\u00a0: la ligne a été retirée.'],
    [{ kind: 'refused', error: { kind: 'unknown-term', months: 7, available: [1, 12, 36] } }, 'en', 'A 7-month commitment is not offered (terms: 1, 12 or 36 months): 1 month instead.'],
    [{ kind: 'sales-discount-unreadable', value: 99999 }, 'fr',
      'La remise commerciale du brouillon (99\u202f999 points de base) n’est pas possible, elle va de 0 à 10\u202f000 (100\u202f%)\u00a0: elle a été remise à 0.'],
    [{ kind: 'sales-discount-not-whole', value: 1234.5 }, 'fr',
      'La remise commerciale du brouillon (1\u202f234,5 points de base) n’était pas un nombre entier de points de base\u00a0: elle a été remise à 0.'],
    [{ kind: 'sales-discount-not-whole', value: 1234.5 }, 'en',
      "The draft’s sales discount (1,234.5 basis points) was not a whole number of basis points: it was reset to 0."],
  ])('%j in %s', (fault, lang, text) => {
    expect(describeDraftFault(fault, lang, name)).toBe(text);
  });
});

describe('what the buyer reads about dropped customer details', () => {
  const qa: DraftFault[] = [
    { kind: 'text-from-number', field: 'siret', kept: '732829320' },
    { kind: 'text-unreadable', field: 'contactName' },
    { kind: 'text-from-number', field: 'phone', kept: '123456789' },
    { kind: 'text-unreadable', field: 'notes' },
    { kind: 'sales-mode-unreadable' },
  ];

  it('says the texts of one kind in one sentence, in French', () => {
    expect(describeDraftFaults(qa, 'fr')).toBe(
      'Les champs «\u00a0SIREN ou SIRET\u00a0» (732829320) et «\u00a0Téléphone\u00a0» (123456789) avaient été enregistrés comme des nombres\u00a0: leurs chiffres ont été repris\u202f; vérifiez qu’aucun 0 initial ne manque. ' +
        'Les champs «\u00a0Nom du contact\u00a0» et «\u00a0Notes internes\u00a0» enregistrés n’étaient pas des textes\u00a0: ils ont été laissés vides. ' +
        'Le mode commercial enregistré n’était ni activé ni désactivé\u00a0: il est désactivé.',
    );
  });

  it.each<[DraftFault, 'fr' | 'en', string]>([
    [{ kind: 'text-unreadable', field: 'contactName' }, 'fr', 'Le champ «\u00a0Nom du contact\u00a0» enregistré n’était pas un texte\u00a0: il a été laissé vide.'],
    [{ kind: 'text-unreadable', field: 'contactName' }, 'en', 'The saved field “Contact name” was not text: it was left empty.'],
    [{ kind: 'text-cut', field: 'notes', length: 12_345, max: 10_000 }, 'fr',
      'Le champ «\u00a0Notes internes\u00a0» (12\u202f345 caractères, les 10\u202f000 premiers gardés) enregistré était trop long\u00a0: il a été coupé.'],
    [{ kind: 'text-from-number', field: 'siret', kept: '732829320' }, 'en',
      'The saved field “SIREN or SIRET” (732829320) was a number: its digits were kept; check that no leading 0 is missing.'],
    [{ kind: 'sector-unreadable' }, 'en', 'The saved sector was neither public nor private: it was left empty.'],
  ])('%j in %s', (fault, lang, text) => {
    expect(describeDraftFault(fault, lang)).toBe(text);
  });
});
