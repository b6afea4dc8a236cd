import { describe, expect, it } from 'vitest';
import { restoreDraft } from '../../src/domain/draft';
import { DRAFT_FORMAT, serialiseDraft, type Draft } from '../../src/domain/draft-format';
import { emptyCustomer } from '../../src/domain/customer';
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
    expect(restoreDraft(catalog, serialiseDraft(draft))).toEqual({ ok: true, value: { draft, changes: [] } });
  });

  it.each([
    ['not JSON', '{"format":', 'the saved draft is not valid JSON'],
    ['another format', JSON.stringify({ format: 'other', configuration: {} }), 'the saved draft is not a CollabNext draft of format 1'],
    ['no configuration', JSON.stringify({ format: DRAFT_FORMAT }), 'the saved draft has no configuration'],
    ['an unknown module', JSON.stringify({ format: DRAFT_FORMAT, configuration: { catalog: '2026-11', items: [{ module: 'nope' }] } }), 'the saved draft is damaged: unknown module `nope`'],
    ['a quantity off step', JSON.stringify({ format: DRAFT_FORMAT, configuration: { catalog: '2026-11', items: [{ module: 'outscale-storage', quantity: 125 }] } }),
      'the saved draft is damaged: quantity 125 is not on step 10 (from 10) for `outscale-storage`'],
    ['a malformed configuration', JSON.stringify({ format: DRAFT_FORMAT, configuration: { items: 'x' } }), 'the saved draft is damaged: configuration items: must be a list'],
  ])('refuses %s with a message that says what is wrong', (_kind, text, message) => {
    expect(restoreDraft(catalog, text)).toEqual({ ok: false, error: message });
  });

  it('carries a draft of an earlier revision over to the current catalog, listing what changed', () => {
    const old = { ...draft, configuration: { ...draft.configuration, catalog: '2026-10', items: [{ module: 'alinto-mail-archive', quantity: 10 }, { module: 'outscale-vm', quantity: 2 }] } };
    const restored = restoreDraft(catalog, serialiseDraft(old));
    expect(restored.ok && restored.value.draft.configuration.items).toEqual([{ module: 'outscale-vm', quantity: 2 }]);
    expect(restored.ok && restored.value.changes).toEqual([{ kind: 'module-withdrawn', module: 'alinto-mail-archive' }]);
  });

  it('drops what it cannot trust but keeps the rest: a malformed "added because", an unknown sector, over-long texts', () => {
    const text = JSON.stringify({
      ...JSON.parse(serialiseDraft(draft)),
      addedAutomatically: { 'outscale-vm': 'storage-needs-vm', 'outscale-storage': { kind: 'implied' } },
      customer: { company: 'x'.repeat(5000), sector: 'military', reference: 42 },
    });
    const restored = restoreDraft(catalog, text);
    expect(restored.ok && restored.value.draft.addedAutomatically).toEqual({});
    expect(restored.ok && restored.value.draft.customer).toEqual({ ...emptyCustomer(), company: 'x'.repeat(2000) });
    expect(restored.ok && restored.value.draft.configuration).toEqual(draft.configuration);
  });
});
