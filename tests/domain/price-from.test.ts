import { describe, expect, it } from 'vitest';
import { priceFrom } from '../../src/domain/price-from';
import { priceLine } from '../../src/domain/pricing';
import { tierIndexFor } from '../../src/domain/pricing-tiers';
import { aCatalogInput, aModule, defaultCatalog, validCatalog } from '../fixtures/catalogs';

type Tiers = { upTo: number | null; unitPrice: number; flatPrice?: number }[];
const moduleWith = (model: 'volume' | 'graduated', tiers: Tiers, quantity = { min: 1, max: 1000, step: 1, default: 1 }) =>
  validCatalog(aCatalogInput([aModule('m', { quantity, pricing: { model, tiers } })])).modules[0]!;
const catalogModule = (id: string) => defaultCatalog().modules.find((m) => m.id === id)!;

describe('a card’s starting price cannot be read as per unit when it is a flat fee', () => {
  it('the default catalog’s knowledge base: 250 € for up to 50 users, not for 1 user', () => {
    expect(priceFrom(catalogModule('xwiki-knowledge'))).toEqual({
      kind: 'upTo', amount: 25000, quantity: 50, cheapest: { model: 'volume', quantity: 501, unitPrice: 250, flatPrice: 0 }, setup: 80000,
    });
  });

  it.each([['volume', 21], ['graduated', 20]] as const)('%s: a first tier that is a flat fee alone covers every quantity up to its bound', (model, cheapestFrom) => {
    expect(priceFrom(moduleWith(model, [{ upTo: 20, unitPrice: 0, flatPrice: 5000 }, { upTo: null, unitPrice: 300 }]))).toEqual({
      kind: 'upTo', amount: 5000, quantity: 20, cheapest: { model, quantity: cheapestFrom, unitPrice: 300, flatPrice: 0 }, setup: 0,
    });
  });

  it('the bound is the last orderable quantity of the tier (step 10 from 10: 50 of upTo 55), within the maximum', () => {
    const tiers = [{ upTo: 55, unitPrice: 0, flatPrice: 5000 }, { upTo: null, unitPrice: 300 }];
    expect(priceFrom(moduleWith('volume', tiers, { min: 10, max: 1000, step: 10, default: 10 }))).toMatchObject({ kind: 'upTo', quantity: 50 });
    expect(priceFrom(moduleWith('volume', tiers, { min: 1, max: 30, step: 1, default: 1 }))).toEqual({ kind: 'upTo', amount: 5000, quantity: 30, cheapest: undefined, setup: 0 });
  });

  it('a flat fee plus a price per unit is the whole price at the default quantity, and the cheapest tier keeps its fee', () => {
    expect(priceFrom(moduleWith('volume', [{ upTo: 20, unitPrice: 100, flatPrice: 5000 }, { upTo: null, unitPrice: 80, flatPrice: 5000 }]))).toEqual({
      kind: 'at', amount: 5100, quantity: 1, cheapest: { model: 'volume', quantity: 21, unitPrice: 80, flatPrice: 5000 }, setup: 0,
    });
  });
});

describe('a tiered card says its price at the default quantity and where its cheapest tier starts', () => {
  it.each([
    // Graduated: each unit beyond `quantity` costs the cheapest price; the average never reaches it.
    ['jamespot-intranet', 50, 30000, { model: 'graduated', quantity: 1000, unitPrice: 300, flatPrice: 0 }],
    ['alinto-mail-business', 25, 15000, { model: 'graduated', quantity: 500, unitPrice: 450, flatPrice: 0 }],
    ['outscale-storage', 100, 1200, { model: 'graduated', quantity: 10000, unitPrice: 8, flatPrice: 0 }],
    ['clever-cloud-cellar', 100, 200, { model: 'graduated', quantity: 1000, unitPrice: 1, flatPrice: 0 }],
    // Volume: from `quantity` on, every unit costs the cheapest price (the first orderable quantity: 105 by 5).
    ['cryptpad-enterprise', 100, 70000, { model: 'volume', quantity: 1001, unitPrice: 500, flatPrice: 0 }],
    ['jamespot-intranet-secnum', 100, 110000, { model: 'volume', quantity: 2501, unitPrice: 600, flatPrice: 20000 }],
    ['datakeen-documents', 5, 45000, { model: 'volume', quantity: 101, unitPrice: 5000, flatPrice: 0 }],
    ['wallix-bastion', 10, 40000, { model: 'volume', quantity: 105, unitPrice: 2500, flatPrice: 0 }],
  ] as const)('%s: %i units for %i cents a month, then %j', (id, quantity, amount, cheapest) => {
    expect(priceFrom(catalogModule(id))).toMatchObject({ kind: 'at', quantity, amount, cheapest });
  });

  it.each([
    ['alinto-mail-essential', 'perUnit', 300],
    ['glowbl-events', 'flat', 49000],
  ] as const)('%s: %s at %i cents, nothing about tiers', (id, kind, amount) => {
    expect(priceFrom(catalogModule(id))).toEqual({ kind, amount, quantity: 1, cheapest: undefined, setup: catalogModule(id).pricing.setupFee ?? 0 });
  });

  it('every figure a tiered card shows is what the quote charges, to the cent', () => {
    for (const module of defaultCatalog().modules) {
      const { pricing, quantity: bounds } = module;
      if (pricing.model === 'flat' || pricing.model === 'perUnit') continue;
      const card = priceFrom(module);
      const monthly = (q: number) => priceLine(module, q).monthly;
      expect(monthly(bounds.default)).toBe(card.amount);
      const tier = card.cheapest!;
      if (pricing.model === 'graduated') {
        // The first unit beyond `quantity` costs the tier's price plus its fee, the next one the price alone.
        expect(monthly(tier.quantity + 1) - monthly(tier.quantity)).toBe(tier.unitPrice + tier.flatPrice);
        expect(monthly(tier.quantity + 2) - monthly(tier.quantity + 1)).toBe(tier.unitPrice);
      } else {
        // An orderable quantity, the first one in the tier: all its units at the tier's price, plus the fee.
        expect((tier.quantity - bounds.min) % bounds.step).toBe(0);
        expect(monthly(tier.quantity)).toBe(tier.quantity * tier.unitPrice + tier.flatPrice);
        expect(tierIndexFor(pricing.tiers, tier.quantity - bounds.step)).toBeLessThan(tierIndexFor(pricing.tiers, tier.quantity));
      }
    }
  });

  it('names the cheapest tier a larger order reaches, not a dearer later one, and none the default already pays or no order reaches', () => {
    const dipping = [{ upTo: 10, unitPrice: 500 }, { upTo: 20, unitPrice: 300 }, { upTo: null, unitPrice: 400 }];
    expect(priceFrom(moduleWith('volume', dipping, { min: 1, max: 100, step: 1, default: 5 })).cheapest).toEqual({ model: 'volume', quantity: 11, unitPrice: 300, flatPrice: 0 });
    const tiers = [{ upTo: 10, unitPrice: 500 }, { upTo: null, unitPrice: 400 }];
    expect(priceFrom(moduleWith('volume', tiers, { min: 1, max: 100, step: 1, default: 20 })).cheapest).toBeUndefined();
    expect(priceFrom(moduleWith('graduated', tiers, { min: 1, max: 10, step: 1, default: 5 })).cheapest).toBeUndefined();
  });
});
