import { money, type Money } from './money';

/** 1 basis point = 0.01 %; a rate of 10000 bp is 100 %. */
export const BASIS_POINTS = 10_000n;

/**
 * The one rounding policy of the quote (§4): multiply exactly, then round half up
 * to an integer cent. Amounts are never negative, so "half up" needs no sign rule.
 */
export function roundHalfUp(numerator: bigint, denominator: bigint): bigint {
  if (numerator < 0n || denominator <= 0n) throw new RangeError('roundHalfUp works on non-negative amounts only');
  return (2n * numerator + denominator) / (2n * denominator);
}

/** round(amount × rateBp / 10000), half up: used for every discount and for VAT. */
export function applyRate(amount: Money, rateBp: number): Money {
  if (!Number.isSafeInteger(rateBp) || rateBp < 0) throw new RangeError(`rate ${rateBp} is not a whole number of basis points`);
  return money(roundHalfUp(BigInt(amount) * BigInt(rateBp), BASIS_POINTS));
}
