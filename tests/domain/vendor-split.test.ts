import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Catalog } from '../../src/domain/catalog-schema';
import { computeQuote } from '../../src/domain/quote';
import { money, type Money } from '../../src/domain/money';
import { allocateProRata, splitByVendor } from '../../src/domain/vendor-split';
import { aCatalogInput, aModule, validCatalog } from '../fixtures/catalogs';

const m = (cents: number): Money => money(cents);
const cents = (amounts: number[]): Money[] => amounts.map(m);

/** Three vendors (x, y, z in that catalog order), one or two modules each, priced per unit. */
function threeVendorCatalog(): Catalog {
  return validCatalog(
    aCatalogInput(
      [
        aModule('z1', { vendor: 'z', pricing: { model: 'perUnit', unitPrice: 1000 } }),
        aModule('x1', { vendor: 'x', drawer: 'b', pricing: { model: 'perUnit', unitPrice: 1000 } }),
        aModule('x2', { vendor: 'x', drawer: 'c', pricing: { model: 'perUnit', unitPrice: 1 } }),
        aModule('y1', { vendor: 'y', pricing: { model: 'perUnit', unitPrice: 1000 } }),
      ],
      [],
      {
        vendors: ['x', 'y', 'z'].map((id) => ({ id, name: `Vendor ${id}`, country: 'FR' })),
        discounts: { commitment: [{ months: 1, rateBp: 0 }, { months: 12, rateBp: 1000 }], bundle: [{ minDrawers: 3, rateBp: 500 }], salesApprovalThresholdBp: 1500 },
      },
    ),
  );
}

describe('allocateProRata (largest remainder)', () => {
  it.each([
    { total: 100, weights: [1, 1, 1], parts: [34, 33, 33], why: 'three equal remainders: the first weight gets the extra cent' },
    { total: 101, weights: [1, 1, 1], parts: [34, 34, 33], why: 'two cents left: the first two weights' },
    { total: 900, weights: [1000, 0, 500], parts: [600, 0, 300], why: 'exact shares need no rounding' },
    { total: 10, weights: [1, 2, 7], parts: [1, 2, 7], why: 'proportional to the weights' },
    { total: 7, weights: [3, 3, 4], parts: [2, 2, 3], why: 'largest remainder 0.8 before the earlier 0.1s' },
    { total: 0, weights: [0, 0], parts: [0, 0], why: 'nothing to split over nothing' },
    { total: 0, weights: [5, 9], parts: [0, 0], why: 'nothing to split' },
  ])('$why: $total over $weights → $parts', ({ total, weights, parts }) => {
    expect(allocateProRata(m(total), cents(weights))).toEqual(parts);
  });

  it('stays exact far beyond the double-precision range of the products', () => {
    const big = Number.MAX_SAFE_INTEGER;
    const half = (big - 1) / 2;
    // Exact shares: half + 0.25… twice, then 0.4999…: the one cent left goes to the third weight.
    expect(allocateProRata(m(big), cents([big, big, 1]))).toEqual([half, half, 1]);
  });

  it('refuses to split a positive total over weights that add up to 0, or over no weight at all', () => {
    expect(() => allocateProRata(m(1), cents([0, 0]))).toThrow(RangeError);
    expect(() => allocateProRata(m(1), [])).toThrow(RangeError);
  });

  it('property: parts add up exactly, each within 1 cent of its exact share, none negative', () => {
    const amount = fc.oneof(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }));
    fc.assert(
      fc.property(fc.array(amount, { minLength: 1, maxLength: 12 }), amount, (weights, rawTotal) => {
        const sum = weights.reduce((s, w) => s + BigInt(w), 0n);
        const total = sum === 0n ? 0n : BigInt(rawTotal);
        const parts = allocateProRata(m(Number(total)), cents(weights));
        expect(parts).toHaveLength(weights.length);
        expect(parts.reduce((s, p) => s + BigInt(p), 0n)).toBe(total);
        parts.forEach((part, i) => {
          expect(part).toBeGreaterThanOrEqual(0);
          if (sum === 0n) return;
          // |part − total × w / sum| < 1  ⇔  |part × sum − total × w| < sum, in integers.
          const gap = BigInt(part) * sum - total * BigInt(weights[i] ?? 0);
          expect(gap < sum && -gap < sum).toBe(true);
        });
      }),
      { numRuns: 500 },
    );
  });
});

describe('splitByVendor', () => {
  it('splits the monthly net by vendor in catalog order, the parts adding up to the net', () => {
    const catalog = threeVendorCatalog();
    const configuration = {
      catalog: catalog.version, termMonths: 12, requirements: [], salesDiscountBp: 333,
      items: [{ module: 'z1', quantity: 1 }, { module: 'x1', quantity: 1 }, { module: 'x2', quantity: 1 }, { module: 'y1', quantity: 1 }],
    };
    const quote = computeQuote(catalog, configuration);
    if (!quote.ok) throw new Error(quote.error);
    // R = 3001; C = 300; B = round(2701 × 5 %) = 135; D = round(2566 × 3,33 %) = 85; N = 2481.
    expect(quote.value.totals.monthlyNet).toBe(2481);
    expect(splitByVendor(catalog, quote.value.lines, quote.value.totals.monthlyNet)).toEqual([
      // Exact shares: x 1001/3001 × 2481 = 827.53…, y and z 1000/3001 × 2481 = 826.72… each; one cent left goes to y.
      { vendor: 'x', recurring: 1001, net: 827 },
      { vendor: 'y', recurring: 1000, net: 827 },
      { vendor: 'z', recurring: 1000, net: 827 },
    ]);
  });

  it('gives a single vendor the whole net', () => {
    const catalog = threeVendorCatalog();
    const lines = [{ module: 'x1', quantity: 3, model: 'perUnit' as const, monthly: m(3000), setup: m(0), components: [] }];
    expect(splitByVendor(catalog, lines, m(2565))).toEqual([{ vendor: 'x', recurring: 3000, net: 2565 }]);
  });

  it('is empty for a quote without lines', () => {
    expect(splitByVendor(threeVendorCatalog(), [], m(0))).toEqual([]);
  });

  it('property: on any configuration of the catalog, the vendor parts add up to the monthly net, each within 1 cent of its share', () => {
    const catalog = threeVendorCatalog();
    const itemArb = fc.shuffledSubarray(catalog.modules, { minLength: 1 }).chain((modules) =>
      fc.tuple(...modules.map((module) => fc.integer({ min: 1, max: 1000 }).map((quantity) => ({ module: module.id, quantity })))));
    fc.assert(
      fc.property(itemArb, fc.constantFrom(1, 12), fc.integer({ min: 0, max: 10000 }), (items, termMonths, salesDiscountBp) => {
        const quote = computeQuote(catalog, { catalog: catalog.version, items, termMonths, requirements: [], salesDiscountBp });
        if (!quote.ok) throw new Error(quote.error);
        const shares = splitByVendor(catalog, quote.value.lines, quote.value.totals.monthlyNet);
        expect(shares.reduce((s, share) => s + share.net, 0)).toBe(quote.value.totals.monthlyNet);
        expect(shares.reduce((s, share) => s + share.recurring, 0)).toBe(quote.value.totals.recurring);
        expect(shares.every((share) => share.net >= 0 && share.net <= share.recurring)).toBe(true);
        const { recurring, monthlyNet } = quote.value.totals;
        for (const share of recurring === 0 ? [] : shares) {
          // Within 1 cent of the exact share monthlyNet × share.recurring / recurring, in integers.
          const gap = BigInt(share.net) * BigInt(recurring) - BigInt(monthlyNet) * BigInt(share.recurring);
          expect(gap < BigInt(recurring) && -gap < BigInt(recurring)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
