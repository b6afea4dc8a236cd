import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addMoney, MAX_MONEY, money, MoneyRangeError, multiplyMoney, subtractMoney, sumMoney, ZERO } from '../../src/domain/money';
import { applyRate, roundHalfUp } from '../../src/domain/rounding';

describe('money', () => {
  it.each([0, 1, 4150, MAX_MONEY])('accepts the integer number of cents %d', (cents) => {
    expect(money(cents)).toBe(cents);
  });

  it.each([0.5, 12.34, -1, Number.NaN, Number.POSITIVE_INFINITY, MAX_MONEY + 1, 1e300])('refuses %d, which is not a non-negative safe integer', (cents) => {
    expect(() => money(cents)).toThrow(MoneyRangeError);
  });

  it('refuses a bigint beyond 2^53 − 1 cents, and a negative one', () => {
    expect(money(9_007_199_254_740_991n)).toBe(MAX_MONEY);
    expect(() => money(9_007_199_254_740_992n)).toThrow(MoneyRangeError);
    expect(() => money(-1n)).toThrow(MoneyRangeError);
  });

  it('adds, subtracts, sums and multiplies exactly', () => {
    expect(addMoney(money(150), money(250))).toBe(400);
    expect(subtractMoney(money(400), money(150))).toBe(250);
    expect(sumMoney([money(1), money(2), money(3)])).toBe(6);
    expect(sumMoney([])).toBe(ZERO);
    expect(multiplyMoney(money(650), 5)).toBe(3250);
  });

  it('refuses a negative difference, since no amount of the quote is negative', () => {
    expect(() => subtractMoney(money(1), money(2))).toThrow(MoneyRangeError);
  });

  it('refuses a product beyond the exact range instead of rounding it', () => {
    expect(() => multiplyMoney(money(9_007_199_254), 1_000_001)).toThrow(MoneyRangeError);
    expect(() => multiplyMoney(money(1), 1.5)).toThrow(MoneyRangeError);
  });
});

describe('the rounding policy: multiply, then round half up to the cent', () => {
  it.each([
    // amount × rate / 10000 = exact value → rounded
    [5, 1000, 1], // 0.5 → 1 (half goes up)
    [4, 1000, 0], // 0.4 → 0
    [6, 1000, 1], // 0.6 → 1
    [15, 1000, 2], // 1.5 → 2
    [25, 1000, 3], // 2.5 → 3 (not banker's rounding to 2)
    [1, 5000, 1], // 0.5 → 1
    [3, 5000, 2], // 1.5 → 2
    [10001, 1, 1], // 1.0001 → 1
    [4999, 1, 0], // 0.4999 → 0
    [5000, 1, 1], // 0.5 → 1
    [12345, 2000, 2469], // 2469.0 exactly
    [MAX_MONEY, 10000, MAX_MONEY], // 100 % of the largest amount, exact thanks to BigInt
  ])('round(%d × %d bp) = %d cents', (amount, rateBp, expected) => {
    expect(applyRate(money(amount), rateBp)).toBe(expected);
  });

  it('rounds half up for any non-negative fraction', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.bigInt({ min: 1n, max: 10n ** 6n }), (n, d) => {
        const r = roundHalfUp(n, d);
        // r − 1/2 ≤ n/d < r + 1/2, i.e. the nearest integer with halves going up
        expect(2n * n >= (2n * r - 1n) * d).toBe(true);
        expect(2n * n < (2n * r + 1n) * d).toBe(true);
      }),
    );
  });

  it('never gives more than the amount nor less than zero for a rate of 0 to 100 %', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_MONEY }), fc.integer({ min: 0, max: 10000 }), (amount, rateBp) => {
        const part = applyRate(money(amount), rateBp);
        expect(Number.isSafeInteger(part)).toBe(true);
        expect(part).toBeGreaterThanOrEqual(0);
        expect(part).toBeLessThanOrEqual(amount);
      }),
    );
  });
});
