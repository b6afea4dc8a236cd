import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseConfiguration } from '../../src/domain/configuration';
import { decodeShareCode, encodeShareCode } from '../../src/domain/share-code';
import { restoreSharedConfiguration } from '../../src/domain/share-restore';
import { cleanCustomer } from '../../src/domain/share-text';
import { aCatalogAndConfiguration, aCustomer } from './share-arbitraries';

describe('share code round trip', () => {
  it('decode ∘ encode is the identity on every valid configuration of random catalogs', () => {
    fc.assert(
      fc.property(aCatalogAndConfiguration, ([catalog, configuration]) => {
        const code = encodeShareCode(configuration);
        const decoded = decodeShareCode(code);
        expect(decoded).toEqual({ ok: true, value: { ...configuration, customer: null } });
        if (!decoded.ok) return;
        expect(restoreSharedConfiguration(catalog, decoded.value)).toEqual({ ok: true, value: configuration });
        expect(parseConfiguration(catalog, configuration).ok).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('carries the customer details when included: exactly, once their texts are link-safe', () => {
    fc.assert(
      fc.property(aCatalogAndConfiguration, aCustomer, ([, configuration], customer) => {
        const decoded = decodeShareCode(encodeShareCode(configuration, { customer }));
        expect(decoded).toEqual({ ok: true, value: { ...configuration, customer: cleanCustomer(customer) } });
        const clean = cleanCustomer(customer);
        expect(decodeShareCode(encodeShareCode(configuration, { customer: clean }))).toEqual({ ok: true, value: { ...configuration, customer: clean } });
      }),
      { numRuns: 200 },
    );
  });

  it('cleaning customer texts is idempotent', () => {
    fc.assert(
      fc.property(aCustomer, (customer) => {
        expect(cleanCustomer(cleanCustomer(customer))).toEqual(cleanCustomer(customer));
      }),
      { numRuns: 300 },
    );
  });

  it('never carries customer details unless asked', () => {
    fc.assert(
      fc.property(aCatalogAndConfiguration, ([, configuration]) => {
        const decoded = decodeShareCode(encodeShareCode(configuration, { customer: null }));
        expect(decoded.ok && decoded.value.customer).toBe(null);
      }),
      { numRuns: 50 },
    );
  });
});
