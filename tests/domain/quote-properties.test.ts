import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { priceComponents, priceLine } from '../../src/domain/pricing';
import { QUOTE_TOTAL_NAMES } from '../../src/domain/quote-types';
import { quoteOf } from './quote-fixtures';
import { catalogAndConfigurationArb, pricingArb, tiersArb } from './quote-arbitraries';
import { referencePrice, referenceTotals } from './quote-reference';

describe('quote properties on random catalogs and configurations', () => {
  it('agrees to the cent with an independent reference computation', () => {
    fc.assert(
      fc.property(catalogAndConfigurationArb, ({ catalog, configuration }) => {
        const quote = quoteOf(catalog, configuration);
        const reference = referenceTotals(catalog, configuration);
        for (const name of QUOTE_TOTAL_NAMES) expect(BigInt(quote.totals[name])).toBe(reference[name]);
      }),
      { numRuns: 300 },
    );
  });

  it('totals add up: N = R − C − B − D, gross = net + VAT, R and setup are the sums of the lines', () => {
    fc.assert(
      fc.property(catalogAndConfigurationArb, ({ catalog, configuration }) => {
        const quote = quoteOf(catalog, configuration);
        const t = quote.totals;
        expect(t.monthlyNet).toBe(t.recurring - t.commitmentDiscount - t.bundleDiscount - t.salesDiscount);
        expect(t.monthlyGross).toBe(t.monthlyNet + t.monthlyVat);
        expect(t.setupGross).toBe(t.setupNet + t.setupVat);
        expect(t.recurring).toBe(quote.lines.reduce((s, l) => s + l.monthly, 0));
        expect(t.setupNet).toBe(quote.lines.reduce((s, l) => s + l.setup, 0));
        expect(t.firstYearNet).toBe(12 * t.monthlyNet + t.setupNet);
        expect(t.contractNet).toBe(configuration.termMonths * t.monthlyNet + t.setupNet);
      }),
      { numRuns: 300 },
    );
  });

  it('nothing is negative and everything is an integer number of cents (no floating-point money)', () => {
    fc.assert(
      fc.property(catalogAndConfigurationArb, ({ catalog, configuration }) => {
        const quote = quoteOf(catalog, configuration);
        const { totals, lines, discounts } = quote;
        const amounts = [
          ...Object.values(totals),
          ...lines.flatMap((l) => [l.monthly, l.setup, ...l.components.map((c) => c.amount)]),
          ...[discounts.commitment, discounts.bundle, discounts.sales].flatMap((d) => [d.base, d.amount]),
        ];
        for (const cents of amounts) {
          expect(Number.isSafeInteger(cents)).toBe(true);
          expect(cents).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('lines follow the configuration, one per item', () => {
    fc.assert(
      fc.property(catalogAndConfigurationArb, ({ catalog, configuration }) => {
        const quote = quoteOf(catalog, configuration);
        expect(quote.lines.map((l) => [l.module, l.quantity])).toEqual(configuration.items.map((i) => [i.module, i.quantity]));
      }),
    );
  });
});

describe('pricing properties', () => {
  it('the graduated price never decreases when the quantity grows', () => {
    fc.assert(
      fc.property(tiersArb, fc.integer({ min: 1, max: 400 }), fc.integer({ min: 0, max: 400 }), (tiers, q, more) => {
        const price = (n: number) => priceComponents({ model: 'graduated', tiers }, n).reduce((s, c) => s + c.amount, 0);
        expect(price(q + more)).toBeGreaterThanOrEqual(price(q));
      }),
    );
  });

  it('every model agrees with the unit-by-unit reference, and the breakdown adds up to the line', () => {
    fc.assert(
      fc.property(pricingArb, fc.integer({ min: 1, max: 300 }), (pricing, q) => {
        const quantity = pricing.model === 'flat' ? 1 : q;
        const module = { id: 'm', drawer: 'a', vendor: 'v', unit: 'u', name: { fr: 'm', en: 'm' }, description: { fr: 'm', en: 'm' },
          quantity: { min: 1, max: 300, step: 1, default: 1 }, pricing, qualifications: [], priceBasis: 'illustrative' as const };
        const line = priceLine(module, quantity);
        expect(BigInt(line.monthly)).toBe(referencePrice(pricing, quantity));
        expect(line.components.reduce((s, c) => s + c.amount, 0)).toBe(line.monthly);
        const units = line.components.flatMap((c) => (c.kind === 'units' ? [c.units] : []));
        if (pricing.model !== 'flat') expect(units.reduce((s, u) => s + u, 0)).toBe(quantity);
      }),
    );
  });
});
