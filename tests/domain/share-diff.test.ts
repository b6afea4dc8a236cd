import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog-schema';
import type { Configuration } from '../../src/domain/configuration';
import { computeQuote } from '../../src/domain/quote';
import { diffCatalogRevisions, revisionChangesNothing } from '../../src/domain/share-diff';
import { aCatalogInput, aModule, defaultCatalog, validCatalog } from '../fixtures/catalogs';

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
    const diff = diffCatalogRevisions(before, before, configuration);
    expect(diff).toEqual({
      from: '2026-11', to: '2026-11', changes: [], prices: [], termRate: null, bundleRate: null, vatRate: null, approval: null, renamed: [], configuration,
    });
    expect(revisionChangesNothing(diff)).toBe(true);
  });
});

/*
 * QA (session 13): a revision that changed only the bundle tiers, the VAT rate or the approval threshold said « Aucun
 * module retiré, aucun prix modifié : le devis est le même » above a monthly total that had moved.
 */
describe('what changes besides lines and terms', () => {
  const catalog = (overrides: Parameters<typeof aCatalogInput>[2] = {}, modules = [aModule('m1', { drawer: 'a' }), aModule('m2', { drawer: 'b' })]) =>
    validCatalog(aCatalogInput(modules, [], { version: '2026-11', ...overrides }));
  const discounts = (bundleBp: number, thresholdBp = 1500) =>
    ({ commitment: [{ months: 1, rateBp: 0 }], bundle: [{ minDrawers: 2, rateBp: bundleBp }], salesApprovalThresholdBp: thresholdBp });
  const both: Configuration = { catalog: '2026-11', termMonths: 1, requirements: [], salesDiscountBp: 1000, items: [{ module: 'm1', quantity: 1 }, { module: 'm2', quantity: 1 }] };

  it('a new bundle rate', () => {
    const diff = diffCatalogRevisions(catalog({ discounts: discounts(500) }), catalog({ discounts: discounts(700) }), both);
    expect(diff.bundleRate).toEqual({ beforeBp: 500, afterBp: 700 });
    expect(revisionChangesNothing(diff)).toBe(false);
  });

  it('the bundle rate lost with a drawer whose only module was withdrawn', () => {
    const diff = diffCatalogRevisions(catalog({ discounts: discounts(500) }), catalog({ discounts: discounts(500) }, [aModule('m1', { drawer: 'a' })]), both);
    expect(diff.bundleRate).toEqual({ beforeBp: 500, afterBp: 0 });
  });

  it('a new VAT rate, which leaves the net as it was', () => {
    const diff = diffCatalogRevisions(catalog(), catalog({ vatRateBp: 2100 }), both);
    expect(diff.vatRate).toEqual({ beforeBp: 2000, afterBp: 2100 });
    expect(diff.prices).toEqual([]);
    expect(revisionChangesNothing(diff)).toBe(false);
  });

  it('a sales discount that needs approval on today\'s catalog, its threshold lowered', () => {
    const diff = diffCatalogRevisions(catalog({ discounts: discounts(0, 1500) }), catalog({ discounts: discounts(0, 800) }), both);
    expect(diff.approval).toEqual({ before: false, after: true });
    expect(diffCatalogRevisions(catalog({ discounts: discounts(0, 1500) }), catalog({ discounts: discounts(0, 1200) }), both).approval).toBeNull();
  });

  it('a module renamed in either language', () => {
    const renamed = [aModule('m1', { drawer: 'a', name: { fr: 'Nouveau nom', en: 'm1' } }), aModule('m2', { drawer: 'b' })];
    const diff = diffCatalogRevisions(catalog(), catalog({}, renamed), both);
    expect(diff.renamed).toEqual([{ module: 'm1', before: aModule('m1').name, after: { fr: 'Nouveau nom', en: 'm1' } }]);
    expect(revisionChangesNothing(diff)).toBe(false);
  });
});

describe('a re-price that says nothing changes', () => {
  /** Today's catalog as a later revision might make it: each kind of edit a maintainer can publish, or none. */
  const edits = fc.record({
    priceOf: fc.option(fc.nat({ max: 20 })),
    bundleBp: fc.option(fc.nat({ max: 2000 })),
    vatBp: fc.option(fc.constantFrom(2000, 2100, 550)),
    thresholdBp: fc.option(fc.nat({ max: 3000 })),
    withdraw: fc.option(fc.nat({ max: 20 })),
    rename: fc.option(fc.nat({ max: 20 })),
  });
  const revise = (old: Catalog, e: typeof edits extends fc.Arbitrary<infer T> ? T : never): Catalog => {
    const at = (i: number | null) => (i === null ? null : old.modules[i % old.modules.length]?.id);
    const modules = old.modules
      .filter((m) => m.id !== at(e.withdraw))
      .map((m) => (m.id === at(e.priceOf) ? { ...m, pricing: { ...m.pricing, setupFee: (m.pricing.setupFee ?? 0) + 100 } } : m))
      .map((m) => (m.id === at(e.rename) ? { ...m, name: { ...m.name, en: `${m.name.en} (new)` } } : m));
    return {
      ...old, version: 'next', modules, vatRateBp: e.vatBp ?? old.vatRateBp,
      rules: old.rules.filter((r) => !JSON.stringify(r).includes(`"${at(e.withdraw)}"`)),
      discounts: {
        ...old.discounts,
        bundle: e.bundleBp === null ? old.discounts.bundle : old.discounts.bundle.map((t, i) => (i === 0 ? { ...t, rateBp: e.bundleBp ?? t.rateBp } : t)),
        salesApprovalThresholdBp: e.thresholdBp ?? old.discounts.salesApprovalThresholdBp,
      },
    };
  };
  const old = defaultCatalog();
  const configuration = fc.record({
    picks: fc.subarray(old.modules.map((m) => m.id), { minLength: 1 }),
    termMonths: fc.constantFrom(...old.discounts.commitment.map((c) => c.months)),
    salesDiscountBp: fc.nat({ max: 3000 }),
  }).map(({ picks, termMonths, salesDiscountBp }): Configuration => ({
    catalog: old.version, termMonths, requirements: [], salesDiscountBp,
    items: picks.map((id) => ({ module: id, quantity: old.modules.find((m) => m.id === id)?.quantity.default ?? 1 })),
  }));

  it('is right: when it says so, every figure of the quote is the same (and it says so only then)', () => {
    let saidNothing = 0;
    let moved = 0;
    fc.assert(fc.property(edits, configuration, (e, config) => {
      const diff = diffCatalogRevisions(old, revise(old, e), config);
      const was = computeQuote(old, config);
      const is = computeQuote(revise(old, e), diff.configuration);
      if (!was.ok || !is.ok) throw new Error('the default catalog prices every configuration here');
      const same = JSON.stringify([was.value.totals, was.value.needsApproval]) === JSON.stringify([is.value.totals, is.value.needsApproval]);
      if (!same) moved += 1;
      if (!revisionChangesNothing(diff)) return;
      saidNothing += 1;
      expect(same).toBe(true);
    }), { numRuns: 400, seed: 13 });
    // Neither side is empty: the diff does not pass by saying « something changed » every time, and totals did move.
    expect(saidNothing).toBeGreaterThan(0);
    expect(moved).toBeGreaterThan(0);
  });
});
