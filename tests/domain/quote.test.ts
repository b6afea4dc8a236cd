import { describe, expect, it } from 'vitest';
import { computeQuote } from '../../src/domain/quote';
import { QUOTE_TOTAL_NAMES } from '../../src/domain/quote-types';
import { aConfiguration, quoteCatalog, quoteOf } from './quote-fixtures';

const catalog = quoteCatalog();
/** a1 × 10 = 10,000; b1 × 3 = 999; c1 flat 5,000: R = 15,999 cents; setup 15,000 + 20,000. */
const threeDrawers = (termMonths: number, salesDiscountBp: number) =>
  aConfiguration([['a1', 10], ['b1', 3], ['c1', 1]], { termMonths, salesDiscountBp });

describe('computeQuote: every total of §4 in cents', () => {
  it('12 months, 3 drawers, 5 % sales discount', () => {
    expect(quoteOf(catalog, threeDrawers(12, 500)).totals).toEqual({
      recurring: 15999,
      commitmentDiscount: 1600, // round(1,599.9)
      bundleDiscount: 1440, // round(14,399 × 10 %) = round(1,439.9)
      salesDiscount: 648, // round(12,959 × 5 %) = round(647.95)
      monthlyNet: 12311, // 15,999 − 1,600 − 1,440 − 648
      monthlyVat: 2462, // round(2,462.2)
      monthlyGross: 14773,
      setupNet: 35000,
      setupVat: 7000,
      setupGross: 42000,
      firstYearNet: 182732, // 12 × 12,311 + 35,000
      contractNet: 182732,
    });
  });

  it('36 months: the contract runs 36 months, the first year still 12', () => {
    expect(quoteOf(catalog, threeDrawers(36, 500)).totals).toEqual({
      recurring: 15999,
      commitmentDiscount: 3200, // round(3,199.8)
      bundleDiscount: 1280, // round(12,799 × 10 %) = round(1,279.9)
      salesDiscount: 576, // round(11,519 × 5 %) = round(575.95)
      monthlyNet: 10943,
      monthlyVat: 2189, // round(2,188.6)
      monthlyGross: 13132,
      setupNet: 35000,
      setupVat: 7000,
      setupGross: 42000,
      firstYearNet: 166316, // 12 × 10,943 + 35,000
      contractNet: 428948, // 36 × 10,943 + 35,000
    });
  });

  it('1 month, one drawer, no discount: net is the recurring price, and the contract is one month', () => {
    expect(quoteOf(catalog, aConfiguration([['a1', 2]])).totals).toEqual({
      recurring: 2000, commitmentDiscount: 0, bundleDiscount: 0, salesDiscount: 0,
      monthlyNet: 2000, monthlyVat: 400, monthlyGross: 2400,
      setupNet: 15000, setupVat: 3000, setupGross: 18000,
      firstYearNet: 39000, contractNet: 17000,
    });
  });

  it('an empty configuration costs nothing', () => {
    const totals = quoteOf(catalog, aConfiguration([])).totals;
    expect(Object.keys(totals)).toEqual([...QUOTE_TOTAL_NAMES]);
    expect(Object.values(totals).every((cents) => cents === 0)).toBe(true);
  });
});

describe('computeQuote: lines and breakdown', () => {
  it('lists one line per item, in configuration order', () => {
    const quote = quoteOf(catalog, aConfiguration([['c1', 1], ['a1', 3], ['b1', 2]]));
    expect(quote.lines.map(({ module, quantity, monthly, setup }) => ({ module, quantity, monthly, setup }))).toEqual([
      { module: 'c1', quantity: 1, monthly: 5000, setup: 20000 },
      { module: 'a1', quantity: 3, monthly: 3000, setup: 15000 },
      { module: 'b1', quantity: 2, monthly: 666, setup: 0 },
    ]);
  });

  it('says which rate applied to which base, the bundle tier and the distinct drawers', () => {
    const { discounts, catalog: version, termMonths, vatRateBp } = quoteOf(catalog, threeDrawers(12, 500));
    expect({ version, termMonths, vatRateBp }).toEqual({ version: 'test-1', termMonths: 12, vatRateBp: 2000 });
    expect(discounts).toEqual({
      commitment: { termMonths: 12, rateBp: 1000, base: 15999, amount: 1600 },
      bundle: { drawers: ['a', 'b', 'c'], distinctDrawers: 3, tier: { minDrawers: 3, rateBp: 1000 }, rateBp: 1000, base: 14399, amount: 1440 },
      sales: { rateBp: 500, approvalThresholdBp: 1500, needsApproval: false, base: 12959, amount: 648 },
    });
  });

  it.each([
    [[], 0, null],
    [[['a1', 1]], 1, null],
    [[['a1', 1], ['a2', 1]], 1, null], // two modules of one drawer count once
    [[['a1', 1], ['b1', 1]], 2, { minDrawers: 2, rateBp: 500 }],
    [[['a1', 1], ['b1', 1], ['c1', 1], ['a2', 1]], 3, { minDrawers: 3, rateBp: 1000 }],
  ] as [[string, number][], number, unknown][])('bundle: %j → %d distinct drawers → the highest tier reached', (items, drawers, tier) => {
    const bundle = quoteOf(catalog, aConfiguration(items)).discounts.bundle;
    expect(bundle.distinctDrawers).toBe(drawers);
    expect(bundle.tier).toEqual(tier);
  });

  it('bundle: a module priced 0 still brings its drawer', () => {
    const free = quoteCatalog({ modules: [...quoteCatalog().modules, { ...quoteCatalog().modules[2]!, id: 'b-free', pricing: { model: 'perUnit', unitPrice: 0 } }] });
    const quote = quoteOf(free, aConfiguration([['a1', 10], ['b-free', 1]]));
    expect(quote.discounts.bundle).toMatchObject({ drawers: ['a', 'b'], distinctDrawers: 2, rateBp: 500 });
    expect(quote.totals.bundleDiscount).toBe(500);
  });

  it.each([[0, false], [1500, false], [1501, true], [10000, true]])(
    'a sales discount of %d bp (threshold 1,500) needs approval: %s — and is applied all the same',
    (salesDiscountBp, needsApproval) => {
      const quote = quoteOf(catalog, aConfiguration([['a1', 10]], { salesDiscountBp }));
      expect(quote.needsApproval).toBe(needsApproval);
      expect(quote.discounts.sales.needsApproval).toBe(needsApproval);
      expect(quote.totals.salesDiscount).toBe((10000 * salesDiscountBp) / 10000);
    },
  );
});

describe('computeQuote: what it refuses', () => {
  it.each([
    [aConfiguration([['nope', 1]]), 'unknown module `nope`'],
    [aConfiguration([], { termMonths: 24 }), 'unknown term 24'],
    [aConfiguration([['a1', 0]]), 'quantity 0 is not a whole number ≥ 1 for `a1`'],
    [aConfiguration([], { salesDiscountBp: 10001 }), 'sales discount 10001 bp is not between 0 and 10000'],
  ])('a configuration that does not fit the catalog: %j', (configuration, error) => {
    expect(computeQuote(catalog, configuration)).toEqual({ ok: false, error });
  });

  it('an amount beyond 2^53 − 1 cents is an error value, not an imprecise number', () => {
    const huge = quoteCatalog({ modules: [{ ...quoteCatalog().modules[0]!, quantity: { min: 1, max: 2_000_000, step: 1, default: 1 }, pricing: { model: 'perUnit', unitPrice: 9_000_000_000 } }] });
    const result = computeQuote(huge, aConfiguration([['a1', 2_000_000]]));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/^the quote cannot be computed exactly: amount 18000000000000000 cents is out of range$/);
  });
});
