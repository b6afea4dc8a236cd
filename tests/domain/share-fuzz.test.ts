import fc from 'fast-check';
import { describe, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog-schema';
import { parseConfiguration } from '../../src/domain/configuration';
import { CUSTOMER_FIELDS } from '../../src/domain/customer';
import { BASE64URL } from '../../src/domain/share-bits';
import { carryOverConfiguration } from '../../src/domain/share-carry-over';
import { decodeShareCode, encodeShareCode } from '../../src/domain/share-code';
import { restoreSharedConfiguration } from '../../src/domain/share-restore';
import { sealShareCode } from '../../src/domain/share-seal';
import { defaultCatalog } from '../fixtures/catalogs';
import { aCatalogAndConfiguration, aCustomer } from './share-arbitraries';

const catalog = defaultCatalog();
// eslint-disable-next-line no-control-regex -- the point is to find control characters
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

/** Whatever a hostile code decodes to is either an error or in range, and restoring it yields §3-valid data only. */
function checkHostile(code: string, on: Catalog = catalog): void {
  const decoded = decodeShareCode(code);
  if (!decoded.ok) {
    check(typeof decoded.error.kind === 'string', 'an error has a kind');
    return;
  }
  const payload = decoded.value;
  for (const { quantity } of payload.items) check(Number.isSafeInteger(quantity) && quantity >= 1, `quantity ${quantity}`);
  check(Number.isSafeInteger(payload.termMonths) && payload.termMonths >= 1, `term ${payload.termMonths}`);
  check(payload.salesDiscountBp >= 0 && payload.salesDiscountBp <= 10_000, `discount ${payload.salesDiscountBp}`);
  if (payload.customer) for (const field of CUSTOMER_FIELDS) check(!CONTROL.test(payload.customer[field]), `control character in ${field}`);
  const restored = restoreSharedConfiguration(on, { ...payload, catalog: on.version });
  if (restored.ok) check(JSON.stringify(parseConfiguration(on, restored.value)) === JSON.stringify(restored), 'restored passes §3');
  check(parseConfiguration(on, carryOverConfiguration(on, payload).configuration).ok, 'carried over passes §3');
}

/** A plain assertion: `expect` is too slow to call 100,000 times within the time budget. */
function check(condition: boolean, what: string): void {
  if (!condition) throw new Error(`hostile code broke an invariant: ${what}`);
}

const base64url = fc.string({ unit: fc.constantFrom(...BASE64URL), maxLength: 200 });
/** Pools drawn once (random catalogs go through zod, too slow to build 100,000 times). */
const pairs = fc.sample(aCatalogAndConfiguration, { numRuns: 300, seed: 5 });
const customers = fc.sample(fc.option(aCustomer, { nil: undefined }), { numRuns: 300, seed: 6 });
const validCodes = fc.constantFrom(...pairs.map(([, configuration], i) => encodeShareCode(configuration, { customer: customers[i] })));
const someCatalogs = fc.constantFrom(catalog, ...pairs.slice(0, 50).map(([c]) => c));
const SLOW = 20_000;

/** Realistic damage to a code: cut, flipped characters, insertions, deletions. */
const damaged = (codes: fc.Arbitrary<string>) =>
  fc.tuple(codes, fc.nat(), fc.nat(), fc.constantFrom(...BASE64URL), fc.constantFrom('cut', 'flip', 'insert', 'delete', 'bitflip')).map(([code, at, to, c, how]) => {
    const i = at % code.length;
    const mutate = () => {
      switch (how) {
        case 'cut': return code.slice(0, i);
        case 'flip': return code.slice(0, i) + c + code.slice(i + 1);
        case 'insert': return code.slice(0, i) + c + code.slice(i);
        case 'delete': return code.slice(0, i) + code.slice(i + 1);
        case 'bitflip': return code.slice(0, i) + String.fromCharCode(code.charCodeAt(i) ^ (1 << (to % 8))) + code.slice(i + 1);
      }
    };
    return { original: code, damaged: mutate() };
  });

/** A forger who recomputes the length and checksum: the data itself must be checked. */
const resealed = (code: string) => sealShareCode(code.slice(2, -4));

describe('decoding hostile codes never throws and never yields out-of-range values', () => {
  it('any string at all (30,000)', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), base64url.map((s) => `1${s}`)), (s) => checkHostile(s)), { numRuns: 30_000 });
  }, SLOW);

  it('damaged valid codes (25,000): every damaged code is refused', () => {
    fc.assert(
      fc.property(damaged(validCodes), ({ original, damaged: code }) => {
        checkHostile(code);
        if (code !== original) check(!decodeShareCode(code).ok, 'a damaged code is refused');
      }),
      { numRuns: 25_000 },
    );
  }, SLOW);

  it('random data behind a valid envelope (30,000)', () => {
    fc.assert(fc.property(base64url, someCatalogs, (data, on) => checkHostile(sealShareCode(data), on)), { numRuns: 30_000 });
  }, SLOW);

  it('damaged valid codes resealed by a forger (15,000), on the default and random catalogs', () => {
    fc.assert(
      fc.property(damaged(validCodes), someCatalogs, ({ damaged: code }, on) => checkHostile(code.length >= 6 ? resealed(code) : code, on)),
      { numRuns: 15_000 },
    );
  }, SLOW);
});
