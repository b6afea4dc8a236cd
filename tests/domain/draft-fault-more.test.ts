import { describe, expect, it } from 'vitest';
import { restoreDraft } from '../../src/domain/draft';
import type { DraftFault } from '../../src/domain/draft-configuration';
import { DRAFT_FORMAT } from '../../src/domain/draft-format';
import { describeDraftFaults } from '../../src/domain/draft-fault-messages';
import { defaultCatalog } from '../fixtures/catalogs';

const unknown = (count: number) => Array.from({ length: count }, (_, i) => ({ module: `nope-${i + 1}`, quantity: 1 }));
const faultsOf = (items: unknown[], requirements: unknown[] = []) => {
  const text = JSON.stringify({ format: DRAFT_FORMAT, configuration: { catalog: '2026-11', items, termMonths: 12, requirements } });
  const restored = restoreDraft(defaultCatalog(), text);
  if (!restored.ok) throw new Error('the draft should be read');
  return restored.value.faults;
};
const sentences = (text: string) => text.split(/(?<=[.])\s(?=[A-Z0-9«“])/u);

describe('a draft with a long list of faults of one kind', () => {
  it('says the first three unknown modules, then counts the 4,997 others in one sentence (QA: 5,000 sentences)', () => {
    const faults = faultsOf(unknown(5000));
    expect(faults).toHaveLength(5000);
    const fr = describeDraftFaults(faults, 'fr');
    expect(sentences(fr)).toHaveLength(4);
    expect(fr).toContain('Le brouillon cite un module que ce catalogue ne propose pas\u00A0: nope-3\u202F; il a été retiré.');
    expect(fr).not.toContain('nope-4');
    expect(fr.endsWith('Le brouillon cite aussi 4\u202F997 autres modules que ce catalogue ne propose pas\u202F; ils ont été retirés.')).toBe(true);
    expect(describeDraftFaults(faults, 'en').endsWith('The draft also names 4,997 other modules this catalogue does not offer; they were removed.')).toBe(true);
  });

  it('says every fault of a kind that comes four times or fewer: one more is said, not counted', () => {
    const fr = describeDraftFaults(faultsOf(unknown(4)), 'fr');
    expect(sentences(fr)).toHaveLength(4);
    expect(fr).toContain('nope-4');
    expect(fr).not.toContain('autres');
  });

  it('counts each kind apart and keeps the order of the faults around them', () => {
    const items = [...unknown(6), { module: 'glowbl-meetings', quantity: 2_000_000 }, ...Array.from({ length: 5 }, () => ({ module: 'glowbl-meetings', quantity: 'x' }))];
    const faults = faultsOf(items, ['gdpr', 'hds', 'hds']);
    const kinds = faults.map((f: DraftFault) => (f.kind === 'refused' ? f.error.kind : f.kind));
    expect(new Set(kinds)).toEqual(new Set(['unknown-module', 'quantity-out-of-range', 'quantity-unreadable', 'unknown-qualification', 'duplicate-qualification']));
    const en = sentences(describeDraftFaults(faults, 'en'));
    expect(en.filter((s) => s.startsWith('The draft names a module'))).toHaveLength(3);
    expect(en).toContain('The draft also names 3 other modules this catalogue does not offer; they were removed.');
    expect(en).toContain('The quantities of 2 other modules were not whole numbers: their lines were removed.');
    expect(en.filter((s) => s.startsWith('The quantity of'))).toHaveLength(4);
    expect(en.some((s) => s.includes('gdpr'))).toBe(true);
  });
});
