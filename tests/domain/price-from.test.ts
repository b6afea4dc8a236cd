import { describe, expect, it } from 'vitest';
import { priceFrom } from '../../src/domain/price-from';
import { aCatalogInput, aModule, defaultCatalog, validCatalog } from '../fixtures/catalogs';

type Tiers = { upTo: number | null; unitPrice: number; flatPrice?: number }[];
const moduleWith = (model: 'volume' | 'graduated', tiers: Tiers, quantity = { min: 1, max: 1000, step: 1, default: 1 }) =>
  validCatalog(aCatalogInput([aModule('m', { quantity, pricing: { model, tiers } })])).modules[0]!;

describe('a card’s starting price cannot be read as per unit when it is a flat fee', () => {
  it('the default catalog’s knowledge base: 250 € for up to 50 users, not for 1 user', () => {
    const xwiki = defaultCatalog().modules.find((m) => m.id === 'xwiki-knowledge')!;
    expect(priceFrom(xwiki)).toEqual({ kind: 'flatUpTo', upTo: 50, monthly: 25000, setup: 80000 });
  });

  it.each(['volume', 'graduated'] as const)('%s: a first tier that is a flat fee alone covers every quantity up to its bound', (model) => {
    expect(priceFrom(moduleWith(model, [{ upTo: 20, unitPrice: 0, flatPrice: 5000 }, { upTo: null, unitPrice: 300 }]))).toEqual({
      kind: 'flatUpTo', upTo: 20, monthly: 5000, setup: 0,
    });
  });

  it('the bound is the last orderable quantity of the tier (step 10 from 10: 50 of upTo 55), within the maximum', () => {
    const tiers = [{ upTo: 55, unitPrice: 0, flatPrice: 5000 }, { upTo: null, unitPrice: 300 }];
    expect(priceFrom(moduleWith('volume', tiers, { min: 10, max: 1000, step: 10, default: 10 }))).toMatchObject({ kind: 'flatUpTo', upTo: 50 });
    expect(priceFrom(moduleWith('volume', tiers, { min: 1, max: 30, step: 1, default: 1 }))).toMatchObject({ kind: 'flatUpTo', upTo: 30 });
  });

  it('a flat fee plus a price per unit is still the price at the minimum', () => {
    expect(priceFrom(moduleWith('volume', [{ upTo: 20, unitPrice: 100, flatPrice: 5000 }, { upTo: null, unitPrice: 80, flatPrice: 5000 }]))).toEqual({
      kind: 'atMinimum', quantity: 1, monthly: 5100, setup: 0,
    });
  });
});
