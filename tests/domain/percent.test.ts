import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parsePercent, percentText } from '../../src/domain/percent';

describe('parsePercent', () => {
  it.each([
    ['12,5', 1250], ['12.5', 1250], ['12,50', 1250], ['12,5 %', 1250], ['12,5%', 1250], [' 7 ', 700],
    ['0', 0], ['0,01', 1], ['.5', 50], ['12,', 1200], ['100', 10000], ['100,00', 10000], ['', 0], ['   ', 0], ['12,5\u00a0%', 1250], ['12,5\u202f%', 1250], ['-0', 0], ['-0,00', 0], ['-0.0 %', 0], ['-,0', 0],
  ])('reads %j as %i basis points', (typed, basisPoints) => {
    expect(parsePercent(typed)).toEqual({ ok: true, value: basisPoints });
  });

  it.each([
    ['abc', 'notANumber'], ['1 0', 'notANumber'], ['%', 'notANumber'], ['12,5,3', 'notANumber'], [',', 'notANumber'], ['1e2', 'notANumber'], ['+5', 'notANumber'],
    ['12,345', 'tooManyDecimals'], ['0,001', 'tooManyDecimals'],
    ['100,01', 'outOfRange'], ['101', 'outOfRange'], ['-5', 'outOfRange'], ['-0,01', 'outOfRange'], ['-0,5', 'outOfRange'], ['-100', 'outOfRange'], ['-', 'notANumber'], ['--0', 'notANumber'], ['99999999999999999999999', 'outOfRange'],
  ])('refuses %j (%s)', (typed, problem) => {
    expect(parsePercent(typed)).toEqual({ ok: false, error: problem });
  });
});

describe('percentText', () => {
  it.each([
    [1250, ',', '12,5'], [1250, '.', '12.5'], [1205, ',', '12,05'], [1200, ',', '12'], [0, ',', '0'], [10000, '.', '100'], [1, ',', '0,01'],
  ] as const)('writes %i bp as %j with %j', (basisPoints, separator, text) => {
    expect(percentText(basisPoints, separator)).toBe(text);
  });

  it('property: parsePercent reads back what percentText writes, in both languages', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10000 }), fc.constantFrom(',' as const, '.' as const), (basisPoints, separator) => {
        expect(parsePercent(percentText(basisPoints, separator))).toEqual({ ok: true, value: basisPoints });
      }),
    );
  });
});
