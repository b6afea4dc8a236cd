import { describe, expect, it } from 'vitest';
import type { Configuration } from '../../src/domain/configuration';
import { diffCatalogRevisions } from '../../src/domain/share-diff';
import { aCatalogInput, aModule, validCatalog } from '../fixtures/catalogs';

const terms = (rateBp: number) => ({ commitment: [{ months: 1, rateBp: 0 }, { months: 12, rateBp }], bundle: [], salesApprovalThresholdBp: 1500 });
const before = validCatalog(aCatalogInput(
  [aModule('same'), aModule('dearer'), aModule('tiered', { pricing: { model: 'volume', tiers: [{ upTo: 10, unitPrice: 500 }, { upTo: null, unitPrice: 400 }] } }), aModule('gone')],
  [], { version: '2026-11', discounts: terms(1000) },
));
const after = validCatalog(aCatalogInput(
  [
    aModule('same'),
    aModule('dearer', { pricing: { model: 'perUnit', unitPrice: 120, setupFee: 5000 } }),
    aModule('tiered', { pricing: { model: 'volume', tiers: [{ upTo: 10, unitPrice: 500 }, { upTo: null, unitPrice: 350 }] } }),
  ],
  [], { version: '2027-01', discounts: terms(1200) },
));

describe('re-pricing a configuration on today\'s catalog', () => {
  it('lists withdrawn modules, changed line prices and a changed commitment rate', () => {
    const configuration: Configuration = {
      catalog: '2026-11', termMonths: 12, requirements: [], salesDiscountBp: 0,
      items: [{ module: 'same', quantity: 5 }, { module: 'dearer', quantity: 10 }, { module: 'tiered', quantity: 4 }, { module: 'gone', quantity: 1 }],
    };
    const diff = diffCatalogRevisions(before, after, configuration);
    expect(diff.from).toBe('2026-11');
    expect(diff.to).toBe('2027-01');
    expect(diff.changes).toEqual([{ kind: 'module-withdrawn', module: 'gone' }]);
    expect(diff.prices).toEqual([
      { module: 'dearer', before: { quantity: 10, monthly: 1000, setup: 0 }, after: { quantity: 10, monthly: 1200, setup: 5000 } },
    ]);
    expect(diff.termRate).toEqual({ months: 12, beforeBp: 1000, afterBp: 1200 });
    expect(diff.configuration.items.map((i) => i.module)).toEqual(['same', 'dearer', 'tiered']);
  });

  it('reports a tier change only where it changes the line: 4 units stay in the first tier, 20 do not', () => {
    const at = (quantity: number) =>
      diffCatalogRevisions(before, after, { catalog: '2026-11', termMonths: 1, requirements: [], salesDiscountBp: 0, items: [{ module: 'tiered', quantity }] });
    expect(at(4).prices).toEqual([]);
    expect(at(20).prices).toEqual([{ module: 'tiered', before: { quantity: 20, monthly: 8000, setup: 0 }, after: { quantity: 20, monthly: 7000, setup: 0 } }]);
    expect(at(20).termRate).toBeNull();
  });

  it('finds nothing to report between a revision and itself', () => {
    const configuration: Configuration = { catalog: '2026-11', termMonths: 12, requirements: [], salesDiscountBp: 0, items: [{ module: 'gone', quantity: 2 }] };
    expect(diffCatalogRevisions(before, before, configuration)).toEqual({
      from: '2026-11', to: '2026-11', changes: [], prices: [], termRate: null, configuration,
    });
  });
});
