import { describe, expect, it } from 'vitest';
import { parseConfiguration } from '../../src/domain/configuration';
import { aCatalogInput, aModule, validCatalog } from '../fixtures/catalogs';

const catalog = validCatalog(
  aCatalogInput([
    aModule('m1'),
    aModule('stepped', { quantity: { min: 5, max: 100, step: 5, default: 10 } }),
  ]),
);

describe('parseConfiguration fills in the defaults of §3', () => {
  it('quantity → the module default, term → the first term, no requirements, no sales discount', () => {
    expect(parseConfiguration(catalog, { items: [{ module: 'stepped' }, { module: 'm1', quantity: 3 }] })).toEqual({
      ok: true,
      value: { catalog: 'test-1', items: [{ module: 'stepped', quantity: 10 }, { module: 'm1', quantity: 3 }], termMonths: 1, requirements: [], salesDiscountBp: 0 },
    });
  });

  it('keeps what is given', () => {
    const raw = { catalog: 'test-1', items: [{ module: 'stepped', quantity: 100 }], termMonths: 12, requirements: ['q1'], salesDiscountBp: 1600 };
    expect(parseConfiguration(catalog, raw)).toEqual({ ok: true, value: raw });
  });
});

describe('parseConfiguration names what is wrong with bad input', () => {
  it.each([
    ['not an object', [], 'configuration (root): must be an object'],
    ['null', null, 'configuration (root): must be an object'],
    ['no items', {}, 'configuration items: is missing (must be a list)'],
    ['items not a list', { items: 'm1' }, 'configuration items: must be a list'],
    ['quantity not a number', { items: [{ module: 'm1', quantity: '3' }] }, 'configuration items[0].quantity: must be a number'],
    ['fractional quantity', { items: [{ module: 'm1', quantity: 2.5 }] }, 'configuration items[0].quantity: must be a whole number'],
    ['misspelt field', { items: [], term: 12 }, 'configuration term: is not a field of a configuration (misspelt?)'],
    ['misspelt item field', { items: [{ module: 'm1', qty: 3 }] }, 'configuration items[0].qty: is not a field of a configuration (misspelt?)'],
    ['unknown module', { items: [{ module: 'x' }] }, 'unknown module `x`'],
    ['module twice', { items: [{ module: 'm1' }, { module: 'm1' }] }, 'module `m1` is listed twice'],
    ['quantity off step', { items: [{ module: 'stepped', quantity: 7 }] }, 'quantity 7 is not on step 5 (from 5) for `stepped`'],
    ['quantity below min', { items: [{ module: 'stepped', quantity: 0 }] }, 'quantity 0 is outside 5–100 for `stepped`'],
    ['quantity above max', { items: [{ module: 'stepped', quantity: 105 }] }, 'quantity 105 is outside 5–100 for `stepped`'],
    ['unknown term', { items: [], termMonths: 24 }, 'unknown term 24 — available: 1, 12'],
    ['unknown qualification', { items: [], requirements: ['iso'] }, 'unknown qualification `iso` — available: q1'],
    ['qualification twice', { items: [], requirements: ['q1', 'q1'] }, 'a qualification is demanded twice'],
    ['negative sales discount', { items: [], salesDiscountBp: -1 }, 'configuration salesDiscountBp: must not be negative'],
    ['sales discount above 100 %', { items: [], salesDiscountBp: 10001 }, 'configuration salesDiscountBp: must be at most 10000 (100 %)'],
    ['another catalog revision', { catalog: '2025-01', items: [] }, 'configuration was made on catalog 2025-01, not on catalog test-1'],
    ['an empty catalog revision, quoted', { catalog: '', items: [] }, 'configuration was made on catalog "", not on catalog test-1'],
    ['a path for a revision, quoted', { catalog: '../2026-10', items: [] }, 'configuration was made on catalog "../2026-10", not on catalog test-1'],
  ])('%s', (_case, raw, error) => {
    expect(parseConfiguration(catalog, raw)).toEqual({ ok: false, error });
  });
});
