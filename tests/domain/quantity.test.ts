import { describe, expect, it } from 'vitest';
import { coverQuantity, readQuantity } from '../../src/domain/quantity';
import { validCatalog, aCatalogInput, aModule } from '../fixtures/catalogs';

const module = validCatalog(aCatalogInput([aModule('storage', { quantity: { min: 10, max: 1000, step: 10, default: 100 } })])).modules[0]!;

describe('a typed quantity is accepted only within min, max and step, and a refusal says what would do', () => {
  it.each([
    ['120', { ok: true, value: 120 }],
    ['1 000', { ok: true, value: 1000 }],
    ['10', { ok: true, value: 10 }],
    ['', { ok: false, error: { kind: 'notAWholeNumber' } }],
    ['12.5', { ok: false, error: { kind: 'notAWholeNumber' } }],
    ['12,5', { ok: false, error: { kind: 'notAWholeNumber' } }],
    ['1,000', { ok: false, error: { kind: 'notAWholeNumber' } }],
    ['-20', { ok: false, error: { kind: 'belowMin', min: 10 } }],
    ['\u221220', { ok: false, error: { kind: 'belowMin', min: 10 } }],
    ['1e9', { ok: false, error: { kind: 'exponent' } }],
    ['1.5E2', { ok: false, error: { kind: 'exponent' } }],
    ['1000000000', { ok: false, error: { kind: 'aboveMax', max: 1000 } }],
    ['123456789012345678901234567890', { ok: false, error: { kind: 'aboveMax', max: 1000 } }],
    ['0120', { ok: true, value: 120 }],
    ['abc', { ok: false, error: { kind: 'notAWholeNumber' } }],
    ['0', { ok: false, error: { kind: 'belowMin', min: 10 } }],
    ['1010', { ok: false, error: { kind: 'aboveMax', max: 1000 } }],
    ['125', { ok: false, error: { kind: 'offStep', step: 10, lower: 120, upper: 130 } }],
    ['995', { ok: false, error: { kind: 'offStep', step: 10, lower: 990, upper: 1000 } }],
  ])('%j', (typed, expected) => {
    expect(readQuantity(module, typed, 'fr')).toEqual(expected);
  });
});

describe('in English, commas that group digits by three are thousands separators; any other comma is refused', () => {
  it.each([
    ['1,000', { ok: true, value: 1000 }],
    ['+1,000', { ok: true, value: 1000 }],
    ['1,000,000', { ok: false, error: { kind: 'aboveMax', max: 1000 } }],
    ['-1,000', { ok: false, error: { kind: 'belowMin', min: 10 } }],
    ['1 000', { ok: true, value: 1000 }],
    ['12,5', { ok: false, error: { kind: 'notAWholeNumber' } }],
    ['1,00', { ok: false, error: { kind: 'notAWholeNumber' } }],
    ['1,0000', { ok: false, error: { kind: 'notAWholeNumber' } }],
    ['1000,000', { ok: false, error: { kind: 'notAWholeNumber' } }],
    [',100', { ok: false, error: { kind: 'notAWholeNumber' } }],
    ['1,000.5', { ok: false, error: { kind: 'notAWholeNumber' } }],
    ['12.5', { ok: false, error: { kind: 'notAWholeNumber' } }],
  ])('%j', (typed, expected) => {
    expect(readQuantity(module, typed, 'en')).toEqual(expected);
  });
});

describe('the quantity that covers a count carried over (a swap keeps the buyer’s count)', () => {
  const bounds = { min: 10, max: 500, step: 5, default: 25 };
  it.each([
    [122, 125],
    [125, 125],
    [4, 10],
    [501, 500],
    [0, 10],
  ])('covers %i with %i (from 10 to 500, by 5): never fewer, unless past the maximum', (count, covered) => {
    expect(coverQuantity(count, bounds)).toBe(covered);
  });
});
