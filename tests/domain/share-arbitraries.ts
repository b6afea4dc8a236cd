import fc from 'fast-check';
import type { Catalog } from '../../src/domain/catalog-schema';
import type { Configuration } from '../../src/domain/configuration';
import { CUSTOMER_FIELDS, type CustomerDetails } from '../../src/domain/customer';
import { SHARE_WORDS_V1 } from '../../src/domain/share-dictionary';
import { aCatalogInput, aModule, validCatalog } from '../fixtures/catalogs';

/** Ids mixing words of the share dictionary (short tokens) with spelt-out words, hyphen runs included. */
export const anId: fc.Arbitrary<string> = fc.oneof(
  fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,63}$/),
  fc
    .array(fc.oneof(fc.constantFrom(...SHARE_WORDS_V1), fc.stringMatching(/^[a-z0-9]{0,6}$/)), { minLength: 1, maxLength: 5 })
    .map((words) => words.join('-'))
    .filter((id) => /^[a-z0-9][a-z0-9-]{0,63}$/.test(id)),
);

const aRevision = fc.oneof(
  fc.tuple(fc.integer({ min: 2000, max: 9999 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
  fc.stringMatching(/^[A-Za-z0-9._-]{1,64}$/),
);

const aQuantityRange = fc
  .record({
    min: fc.oneof(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 2 ** 40 })),
    step: fc.oneof(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 100_000 })),
    steps: fc.integer({ min: 0, max: 10_000 }),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ min, step, steps, at }) => ({ min, max: min + step * steps, step, default: min + step * Math.floor(at * steps) }));

/** A valid random catalog built with the shared fixtures. */
export const aCatalog: fc.Arbitrary<Catalog> = fc
  .record({
    version: aRevision,
    modules: fc.uniqueArray(fc.record({ id: anId, quantity: aQuantityRange }), { minLength: 1, maxLength: 8, selector: (m) => m.id }),
    qualifications: fc.uniqueArray(anId, { maxLength: 4 }),
    terms: fc.uniqueArray(fc.integer({ min: 1, max: 120 }), { minLength: 1, maxLength: 4 }),
  })
  .map(({ version, modules, qualifications, terms }) =>
    validCatalog(
      aCatalogInput(
        modules.map((m) => aModule(m.id, { quantity: m.quantity, qualifications: qualifications.slice(0, 1) })),
        [],
        {
          version,
          qualifications: qualifications.map((id) => ({ id, name: { fr: id, en: id }, description: { fr: id, en: id }, appliesTo: ['a'] })),
          discounts: { commitment: [...terms].sort((a, b) => a - b).map((months) => ({ months, rateBp: 0 })), bundle: [], salesApprovalThresholdBp: 1500 },
        },
      ),
    ),
  );

/** A configuration that passes §3 on the given catalog: modules in any order, quantities anywhere on their steps. */
export function aConfigurationOn(catalog: Catalog): fc.Arbitrary<Configuration> {
  const item = (m: Catalog['modules'][number]) =>
    fc.integer({ min: 0, max: (m.quantity.max - m.quantity.min) / m.quantity.step }).map((k) => ({ module: m.id, quantity: m.quantity.min + k * m.quantity.step }));
  return fc.record({
    catalog: fc.constant(catalog.version),
    items: fc.shuffledSubarray(catalog.modules).chain((ms) => (ms.length ? fc.tuple(...ms.map(item)) : fc.constant([]))),
    termMonths: fc.constantFrom(...catalog.discounts.commitment.map((c) => c.months)),
    requirements: fc.shuffledSubarray(catalog.qualifications.map((q) => q.id)),
    salesDiscountBp: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 10_000 })),
  });
}

export const aCatalogAndConfiguration = aCatalog.chain((catalog) => fc.tuple(fc.constant(catalog), aConfigurationOn(catalog)));

/** Any text at all: ASCII, any Unicode, lone surrogates, control characters. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 40 }),
  fc.string({ unit: 'grapheme', minLength: 390, maxLength: 420 }),
);

export const aCustomer: fc.Arbitrary<CustomerDetails> = fc
  .record({ texts: fc.array(anyText, { minLength: 9, maxLength: 9 }), sector: fc.constantFrom('', 'public', 'private') as fc.Arbitrary<CustomerDetails['sector']> })
  .map(({ texts, sector }) => {
    const customer = Object.fromEntries(CUSTOMER_FIELDS.map((f, i) => [f, texts[i] ?? ''])) as unknown as CustomerDetails;
    return { ...customer, sector };
  });
