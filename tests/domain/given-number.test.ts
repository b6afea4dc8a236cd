import { describe, expect, it } from 'vitest';
import { formatGivenNumber } from '../../src/domain/given-number';
import { restoreDraft } from '../../src/domain/draft';
import { describeDraftFaults } from '../../src/domain/draft-fault-messages';
import { defaultCatalog } from '../fixtures/catalogs';

const spaced = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('a number someone sent, written back to them', () => {
  it.each([
    [100000, 'fr', '100 000'], [1.5, 'fr', '1,5'], [-3, 'fr', '-3'], [999999999999999, 'en', '999,999,999,999,999'],
    [1e300, 'fr', '1E300'], [1e300, 'en', '1E300'], [-2.5e21, 'en', '-2.5E21'], [123456789012345680, 'fr', '123456789012345680'],
  ] as const)('%d in %s reads « %s »: never hundreds of digits in a row', (value, lang, written) => {
    expect(spaced(formatGivenNumber(value, lang))).toBe(written);
  });
});

describe('QA: a draft’s quantity of 1e300', () => {
  it.each(['fr', 'en'] as const)('is said in a sentence that wraps (%s), not as 301 digits joined by no-break spaces', (lang) => {
    const text = '{"format":"collabnext-draft/1","configuration":{"catalog":"2026-11","items":[{"module":"cryptpad-team","quantity":1e300}],"termMonths":12,"requirements":[],"salesDiscountBp":0}}';
    const restored = restoreDraft(defaultCatalog(), text);
    expect(restored.ok).toBe(true);
    const said = restored.ok ? spaced(describeDraftFaults(restored.value.faults, lang)) : '';
    expect(said).toContain('1E300');
    expect(said).not.toMatch(/\d{4}/);
  });
});

describe('review: a draft’s quantity of 1e400, which JSON reads as Infinity', () => {
  it('is said out of range, as the import says it, not « n’était pas un nombre entier »', () => {
    const text = '{"format":"collabnext-draft/1","configuration":{"catalog":"2026-11","items":[{"module":"cryptpad-team","quantity":1e400}],"termMonths":12,"requirements":[],"salesDiscountBp":0}}';
    const restored = restoreDraft(defaultCatalog(), text);
    const said = restored.ok ? spaced(describeDraftFaults(restored.value.faults, 'fr')) : '';
    expect(said).toMatch(/doit être comprise entre 1 et 100 000 ; le brouillon indiquait ∞/);
    expect(restored.ok && restored.value.draft.configuration.items).toEqual([]);
  });
});
