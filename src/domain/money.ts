/**
 * Money is an integer number of euro cents, never negative (every amount of the
 * quote is ≥ 0). Only `money` makes one, and it refuses anything else; arithmetic
 * that could leave the safe-integer range goes through BigInt and back through `money`.
 */
export type Money = number & { readonly __brand: 'Money' };

/** The largest amount exact in a JavaScript number: 2^53 − 1 cents. */
export const MAX_MONEY = Number.MAX_SAFE_INTEGER;

/** Thrown only when an amount leaves the exact range; `computeQuote` turns it into an error value. */
export class MoneyRangeError extends RangeError {
  override name = 'MoneyRangeError';
}

/** The one constructor of Money: a non-negative safe integer number of cents, else it throws. */
export function money(cents: number | bigint): Money {
  if (typeof cents === 'bigint') {
    if (cents < 0n || cents > BigInt(MAX_MONEY)) throw new MoneyRangeError(`amount ${cents} cents is out of range`);
    return Number(cents) as Money;
  }
  if (!Number.isInteger(cents)) throw new MoneyRangeError(`amount ${cents} is not an integer number of cents`);
  if (cents < 0 || cents > MAX_MONEY) throw new MoneyRangeError(`amount ${cents} cents is out of range`);
  return cents as Money;
}

export const ZERO: Money = money(0);

export const addMoney = (a: Money, b: Money): Money => money(BigInt(a) + BigInt(b));

/** a − b; refuses a negative result, since no amount of the quote is negative. */
export const subtractMoney = (a: Money, b: Money): Money => money(BigInt(a) - BigInt(b));

export const sumMoney = (amounts: readonly Money[]): Money => money(amounts.reduce((sum, a) => sum + BigInt(a), 0n));

/** amount × a whole number (units, months), exact. */
export function multiplyMoney(amount: Money, times: number): Money {
  if (!Number.isSafeInteger(times) || times < 0) throw new MoneyRangeError(`cannot multiply money by ${times}`);
  return money(BigInt(amount) * BigInt(times));
}
