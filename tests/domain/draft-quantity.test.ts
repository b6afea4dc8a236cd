import { describe, expect, it } from 'vitest';
import { restoreDraft } from '../../src/domain/draft';
import { DRAFT_FORMAT } from '../../src/domain/draft-format';
import { describeDraftFaults } from '../../src/domain/draft-fault-messages';
import { importConfiguration } from '../../src/domain/quote-import';
import { describeImportError } from '../../src/domain/quote-import-messages';
import { defaultCatalog } from '../fixtures/catalogs';

const catalog = defaultCatalog();
const mail = (quantity: unknown, revision = '2026-11') => ({
  catalog: revision, items: [{ module: 'alinto-mail-essential', quantity }, { module: 'glowbl-meetings', quantity: 7 }], termMonths: 12,
});
const restored = (configuration: unknown) => {
  const result = restoreDraft(catalog, JSON.stringify({ format: DRAFT_FORMAT, configuration }));
  if (!result.ok) throw new Error('the draft should be read');
  return result.value;
};
const GOOGOL_CUBED = 1e300;

describe('a saved quantity that is a whole number too large to be exact (1e300)', () => {
  it('is said out of the module’s range, as an import says it, and its line dropped', () => {
    const draft = restored(mail(GOOGOL_CUBED));
    expect(draft.faults).toEqual([{ kind: 'refused', error: { kind: 'quantity-out-of-range', module: 'alinto-mail-essential', quantity: GOOGOL_CUBED, min: 1, max: 100_000 } }]);
    expect(draft.draft.configuration.items).toEqual([{ module: 'glowbl-meetings', quantity: 7 }]);
    const name = () => 'Alinto Messagerie Essentielle';
    // Written « 1E300 », not 301 digits joined by no-break spaces (QA: the notice made the page 3 457 px wide).
    expect(describeDraftFaults(draft.faults, 'fr', name)).toBe('La quantité d’Alinto Messagerie Essentielle doit être comprise entre 1 et 100\u202F000\u202F; le brouillon indiquait 1E300\u00A0: la ligne a été retirée.');
    const imported = importConfiguration(catalog, JSON.stringify(mail(GOOGOL_CUBED)));
    expect(!imported.ok && describeImportError(imported.error, 'fr')).toMatch(/^la quantité d’Alinto Messagerie Essentielle doit être comprise entre 1 et 100\u202F000\u202F; le fichier indique 1E300\./);
  });

  it('is moved to the maximum on a draft of another revision, as any quantity past it', () => {
    const draft = restored(mail(GOOGOL_CUBED, '2026-10'));
    expect(draft.faults).toEqual([]);
    expect(draft.draft.configuration.items).toEqual([{ module: 'alinto-mail-essential', quantity: 100_000 }, { module: 'glowbl-meetings', quantity: 7 }]);
    expect(draft.carriedOver?.changes).toEqual([{ kind: 'quantity-adjusted', module: 'alinto-mail-essential', from: GOOGOL_CUBED, to: 100_000, reason: { bound: 'max', max: 100_000 } }]);
  });

  it.each([['a fraction', 1.5], ['a text', '30'], ['null', null], ['a text that reads as a number JSON cannot hold', 'Infinity']])('leaves %s « not a whole number »', (_name, quantity) => {
    expect(restored(mail(quantity)).faults).toEqual([{ kind: 'quantity-unreadable', module: 'alinto-mail-essential' }]);
  });
});
