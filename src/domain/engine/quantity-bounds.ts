import type { Rule } from '../catalog-schema';

export type QuantityRule = Extract<Rule, { type: 'quantity' }>;

/** A factor in ten-thousandths, so that ceil and floor are exact integer arithmetic. */
export const inTenThousandths = (factor: number): bigint => BigInt(Math.round(factor * 10000));

export const TEN_THOUSAND = 10000n;

/** The quantities of X a quantity rule allows when the `of` modules total `total`. */
export interface QuantityBounds {
  least: number;
  /** `Infinity` when the rule sets no maximum. */
  most: number;
}

export function quantityBounds(rule: QuantityRule, total: number): QuantityBounds {
  const t = BigInt(total);
  const least = rule.min ? ceilDiv(inTenThousandths(rule.min.factor) * t, TEN_THOUSAND) : 0n;
  const most = rule.max ? (inTenThousandths(rule.max.factor) * t) / TEN_THOUSAND : undefined;
  return { least: Number(least), most: most === undefined ? Infinity : Number(most) };
}

export const ceilDiv = (a: bigint, b: bigint): bigint => (a + b - 1n) / b;

export const withinBounds = (quantity: number, bounds: QuantityBounds): boolean =>
  quantity >= bounds.least && quantity <= bounds.most;
