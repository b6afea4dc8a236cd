import { describe, expect, it } from 'vitest';
import type { CatalogModule, Pricing } from '../../src/domain/catalog-schema';
import { priceComponents, priceLine } from '../../src/domain/pricing';
import { aCatalogInput, aModule, validCatalog } from '../fixtures/catalogs';

/** Stripe's published example: units 1–5 at 7.00, 6–10 at 6.50, 11 and up at 6.00 (in cents). */
const stripeTiers = [
  { upTo: 5, unitPrice: 700 },
  { upTo: 10, unitPrice: 650 },
  { upTo: null, unitPrice: 600 },
];
/** The spec's example (§1): ≤5 at 500, ≤10 at 400, the rest at 300. */
const specTiers = [
  { upTo: 5, unitPrice: 500 },
  { upTo: 10, unitPrice: 400 },
  { upTo: null, unitPrice: 300 },
];
/** Tiers with a flat fee each: the first 5 units for a 20.00 flat fee, then 5.00 a unit plus 10.00 once. */
const feeTiers = [
  { upTo: 5, unitPrice: 0, flatPrice: 2000 },
  { upTo: null, unitPrice: 500, flatPrice: 1000 },
];

const moduleWith = (pricing: Pricing, quantity = { min: 1, max: 100000, step: 1, default: 1 }): CatalogModule =>
  validCatalog(aCatalogInput([aModule('m', { pricing, quantity })])).modules[0]!;

const monthly = (pricing: Pricing, q: number) => priceLine(moduleWith(pricing), q).monthly;

describe('volume pricing (all units at the price of the tier the quantity falls in)', () => {
  it.each([
    [1, 700], [5, 3500], [6, 3900], [10, 6500], [11, 6600], [20, 12000],
  ])('Stripe example: %d units cost %d cents', (q, cents) => {
    expect(monthly({ model: 'volume', tiers: stripeTiers }, q)).toBe(cents);
  });

  it('spec example: 12 units cost 12 × 300 = 3,600 cents', () => {
    expect(monthly({ model: 'volume', tiers: specTiers }, 12)).toBe(3600);
  });

  it.each([[1, 2000], [5, 2000], [6, 4000], [10, 6000]])('adds the flat fee of the tier reached only: %d units → %d cents', (q, cents) => {
    expect(monthly({ model: 'volume', tiers: feeTiers }, q)).toBe(cents);
  });
});

describe('graduated pricing (each unit at the price of its own tier)', () => {
  it.each([
    [1, 700], [5, 3500], [6, 4150], [10, 6750], [11, 7350], [20, 12750], [25, 15750],
  ])('Stripe example: %d units cost %d cents', (q, cents) => {
    expect(monthly({ model: 'graduated', tiers: stripeTiers }, q)).toBe(cents);
  });

  it('spec example: 12 units cost 5×500 + 5×400 + 2×300 = 5,100 cents', () => {
    expect(monthly({ model: 'graduated', tiers: specTiers }, 12)).toBe(5100);
  });

  it.each([[1, 2000], [5, 2000], [6, 3500], [10, 5500]])('adds the flat fee of every tier holding a unit: %d units → %d cents', (q, cents) => {
    expect(monthly({ model: 'graduated', tiers: feeTiers }, q)).toBe(cents);
  });
});

describe('perUnit and flat pricing, setup fees', () => {
  it('perUnit is q × unitPrice', () => {
    expect(monthly({ model: 'perUnit', unitPrice: 450 }, 25)).toBe(11250);
  });

  it('flat is its price, whatever the quantity (it is fixed at 1)', () => {
    const flat = moduleWith({ model: 'flat', price: 49000, setupFee: 25000 }, { min: 1, max: 1, step: 1, default: 1 });
    expect(priceLine(flat, 1)).toMatchObject({ monthly: 49000, setup: 25000, components: [{ kind: 'flatPrice', amount: 49000 }] });
  });

  it('the setup fee is once per module, not per unit, and defaults to 0', () => {
    expect(priceLine(moduleWith({ model: 'perUnit', unitPrice: 100, setupFee: 50000 }), 40).setup).toBe(50000);
    expect(priceLine(moduleWith({ model: 'perUnit', unitPrice: 100 }), 40).setup).toBe(0);
  });

  it('prices step quantities as plain units (step 10 from 10: 1,010 units over a 1,000 tier)', () => {
    const storage = moduleWith({ model: 'graduated', tiers: [{ upTo: 1000, unitPrice: 2 }, { upTo: null, unitPrice: 1 }] }, { min: 10, max: 100000, step: 10, default: 100 });
    expect(priceLine(storage, 1010).monthly).toBe(1000 * 2 + 10 * 1);
    expect(priceLine(storage, 10).monthly).toBe(20);
  });

  it('refuses a quantity that is not a whole number ≥ 1', () => {
    expect(() => priceLine(moduleWith({ model: 'perUnit', unitPrice: 100 }), 0)).toThrow(RangeError);
    expect(() => priceLine(moduleWith({ model: 'perUnit', unitPrice: 100 }), 1.5)).toThrow(RangeError);
  });
});

describe('the breakdown explains the arithmetic', () => {
  it('graduated: one entry per tier used, with its units, unit price and amount, then its flat fee', () => {
    const tiers = [{ upTo: 5, unitPrice: 700, flatPrice: 100 }, ...stripeTiers.slice(1)];
    expect(priceComponents({ model: 'graduated', tiers }, 12)).toEqual([
      { kind: 'units', tier: 0, firstUnit: 1, lastUnit: 5, units: 5, unitPrice: 700, amount: 3500 },
      { kind: 'tierFlatFee', tier: 0, amount: 100 },
      { kind: 'units', tier: 1, firstUnit: 6, lastUnit: 10, units: 5, unitPrice: 650, amount: 3250 },
      { kind: 'units', tier: 2, firstUnit: 11, lastUnit: 12, units: 2, unitPrice: 600, amount: 1200 },
    ]);
  });

  it('volume: all the units in the tier reached, with its flat fee', () => {
    expect(priceComponents({ model: 'volume', tiers: feeTiers }, 8)).toEqual([
      { kind: 'units', tier: 1, firstUnit: 1, lastUnit: 8, units: 8, unitPrice: 500, amount: 4000 },
      { kind: 'tierFlatFee', tier: 1, amount: 1000 },
    ]);
  });

  it('perUnit: one entry without a tier', () => {
    expect(priceComponents({ model: 'perUnit', unitPrice: 300 }, 3)).toEqual([
      { kind: 'units', tier: null, firstUnit: 1, lastUnit: 3, units: 3, unitPrice: 300, amount: 900 },
    ]);
  });

  it('the line names its module, quantity and model', () => {
    expect(priceLine(moduleWith({ model: 'volume', tiers: stripeTiers }), 6)).toMatchObject({ module: 'm', quantity: 6, model: 'volume', monthly: 3900, setup: 0 });
  });
});
