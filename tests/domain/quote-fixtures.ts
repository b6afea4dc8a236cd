import type { Catalog, CatalogInput } from '../../src/domain/catalog-schema';
import type { Configuration } from '../../src/domain/configuration';
import { computeQuote } from '../../src/domain/quote';
import type { Quote } from '../../src/domain/quote-types';
import { aCatalogInput, aModule, validCatalog } from '../fixtures/catalogs';

/**
 * A small catalog for quote tests: one module per drawer a, b, c plus a second in a,
 * terms 1/12/36 months at 0/10/20 %, bundle 5 % from 2 drawers and 10 % from 3.
 */
export function quoteCatalog(overrides: Partial<CatalogInput> = {}): Catalog {
  return validCatalog(
    aCatalogInput(
      [
        aModule('a1', { pricing: { model: 'perUnit', unitPrice: 1000, setupFee: 15000 } }),
        aModule('a2', { pricing: { model: 'perUnit', unitPrice: 5 } }),
        aModule('b1', { drawer: 'b', pricing: { model: 'perUnit', unitPrice: 333 } }),
        aModule('c1', { drawer: 'c', quantity: { min: 1, max: 1, step: 1, default: 1 }, pricing: { model: 'flat', price: 5000, setupFee: 20000 } }),
      ],
      [],
      {
        discounts: {
          commitment: [{ months: 1, rateBp: 0 }, { months: 12, rateBp: 1000 }, { months: 36, rateBp: 2000 }],
          bundle: [{ minDrawers: 2, rateBp: 500 }, { minDrawers: 3, rateBp: 1000 }],
          salesApprovalThresholdBp: 1500,
        },
        ...overrides,
      },
    ),
  );
}

/** A configuration of `quoteCatalog` (or another test catalog): items as [module, quantity] pairs. */
export function aConfiguration(items: [string, number][], rest: Partial<Configuration> = {}): Configuration {
  return { catalog: 'test-1', items: items.map(([module, quantity]) => ({ module, quantity })), termMonths: 1, requirements: [], salesDiscountBp: 0, ...rest };
}

/** Computes a quote the test expects to succeed. */
export function quoteOf(catalog: Catalog, configuration: Configuration): Quote {
  const quote = computeQuote(catalog, configuration);
  if (!quote.ok) throw new Error(`quote failed: ${quote.error}`);
  return quote.value;
}
