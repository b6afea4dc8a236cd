import fc from 'fast-check';
import type { Catalog, CatalogInput, Pricing } from '../../src/domain/catalog-schema';
import type { Configuration } from '../../src/domain/configuration';
import { aCatalogInput, aModule, validCatalog } from '../fixtures/catalogs';

const cents = fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 9_000_000_000 }));
const bp = fc.oneof(fc.constantFrom(0, 500, 1000, 1500, 2000, 5000, 10000), fc.integer({ min: 0, max: 10000 }));

/** Tiers with strictly increasing upTo and a null last one. */
export const tiersArb = fc
  .uniqueArray(fc.integer({ min: 1, max: 200 }), { maxLength: 4 })
  .chain((bounds) => {
    const upTos = [...bounds.sort((a, b) => a - b), null];
    return fc.tuple(...upTos.map((upTo) => fc.record({ upTo: fc.constant(upTo), unitPrice: cents, flatPrice: fc.option(cents, { nil: undefined }) })));
  })
  .map((tiers) => tiers.map(({ flatPrice, ...tier }) => (flatPrice === undefined ? tier : { ...tier, flatPrice })));

const setupFee = fc.option(cents, { nil: undefined });
export const pricingArb: fc.Arbitrary<Pricing> = fc.oneof(
  fc.record({ model: fc.constant('flat' as const), price: cents, setupFee }),
  fc.record({ model: fc.constant('perUnit' as const), unitPrice: cents, setupFee }),
  fc.record({ model: fc.constant('graduated' as const), tiers: tiersArb, setupFee }),
  fc.record({ model: fc.constant('volume' as const), tiers: tiersArb, setupFee }),
);

const moduleArb = (id: string) =>
  fc.record({ pricing: pricingArb, drawer: fc.constantFrom('a', 'b', 'c'), max: fc.integer({ min: 1, max: 300 }) }).map(({ pricing, drawer, max }) =>
    aModule(id, { drawer, pricing, quantity: pricing.model === 'flat' ? { min: 1, max: 1, step: 1, default: 1 } : { min: 1, max, step: 1, default: 1 } }),
  );

const discountsArb: fc.Arbitrary<CatalogInput['discounts']> = fc.record({
  commitment: fc.uniqueArray(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 4 }).chain((months) =>
    fc.tuple(...months.sort((a, b) => a - b).map((m) => fc.record({ months: fc.constant(m), rateBp: bp })))),
  bundle: fc.uniqueArray(fc.integer({ min: 1, max: 4 }), { maxLength: 3 }).chain((mins) =>
    fc.tuple(...mins.sort((a, b) => a - b).map((m) => fc.record({ minDrawers: fc.constant(m), rateBp: bp })))),
  salesApprovalThresholdBp: bp,
});

/** A random valid catalog of 1 to 8 modules over drawers a, b, c. */
export const catalogArb: fc.Arbitrary<Catalog> = fc
  .record({ count: fc.integer({ min: 1, max: 8 }), vatRateBp: bp, discounts: discountsArb })
  .chain(({ count, vatRateBp, discounts }) =>
    fc.tuple(...Array.from({ length: count }, (_, i) => moduleArb(`m${i}`))).map((modules) =>
      validCatalog(aCatalogInput(modules, [], { vatRateBp, discounts }))),
  );

/** A random configuration of a catalog: some of its modules in any order, quantities in range. */
export const configurationArb = (catalog: Catalog): fc.Arbitrary<Configuration> =>
  fc.record({
    modules: fc.shuffledSubarray(catalog.modules),
    quantities: fc.array(fc.nat(), { minLength: catalog.modules.length, maxLength: catalog.modules.length }),
    term: fc.constantFrom(...catalog.discounts.commitment.map((c) => c.months)),
    salesDiscountBp: bp,
  }).map(({ modules, quantities, term, salesDiscountBp }) => ({
    catalog: catalog.version,
    items: modules.map((m, i) => ({ module: m.id, quantity: m.quantity.min + ((quantities[i] ?? 0) % (m.quantity.max - m.quantity.min + 1)) })),
    termMonths: term,
    requirements: [],
    salesDiscountBp,
  }));

export const catalogAndConfigurationArb = catalogArb.chain((catalog) => configurationArb(catalog).map((configuration) => ({ catalog, configuration })));
