import { describe, expect, it } from 'vitest';
import { devisMoney, formatCalendarDate } from '../../src/ui/devis-format';

describe('a devis date', () => {
  it.each([
    ['2027-01-01', 'fr', '1er janvier 2027'],
    ['2026-12-01', 'fr', '1er décembre 2026'],
    ['2027-01-11', 'fr', '11 janvier 2027'],
    ['2027-01-21', 'fr', '21 janvier 2027'],
    ['2027-01-31', 'fr', '31 janvier 2027'],
    ['2027-01-01', 'en', '1 January 2027'],
  ] as const)('%s in %s reads « %s » (French writes the first of the month as an ordinal)', (date, lang, printed) => {
    expect(formatCalendarDate(date, lang)).toBe(printed);
  });
});

describe('an amount of the PDF devis', () => {
  it.each([
    [105000, 'fr', true, '\u2013\u00a01\u202f050,00\u00a0€'],
    [120470, 'en', true, '\u2013\u00a0€1,204.70'],
    [105000, 'fr', false, '1\u202f050,00\u00a0€'],
    [0, 'fr', true, '0,00\u00a0€'],
  ] as const)('%d cents in %s, deduction %s, prints « %s »: a dash the standard font holds, never a hyphen', (cents, lang, deduction, printed) => {
    expect(devisMoney(cents, lang, deduction)).toBe(printed);
  });
});
