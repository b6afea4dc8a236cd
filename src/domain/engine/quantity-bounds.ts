import type { Rule } from '../catalog-schema';

export type QuantityRule = Extract<Rule, { type: 'quantity' }>;

/** A factor in ten-thousandths, so that ceil and floor are exact integer arithmetic. */
const inTenThousandths = (factor: number): bigint => BigInt(Math.round(factor * 10000));

const TEN_THOUSAND = 10000n;

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

const ceilDiv = (a: bigint, b: bigint): bigint => (a + b - 1n) / b;

/**
 * The totals of the `of` modules under which the rule allows `quantity` of its module (the other way round from
 * quantityBounds); undefined when none does (a maximum factor of 0 allows no quantity at all).
 */
export function totalsAllowing(rule: QuantityRule, quantity: number): QuantityBounds | undefined {
  const q = BigInt(quantity) * TEN_THOUSAND;
  const min = rule.min ? inTenThousandths(rule.min.factor) : 0n;
  const max = rule.max ? inTenThousandths(rule.max.factor) : undefined;
  if (max === 0n) return undefined;
  // ceil(min × T) ≤ quantity ⟺ min × T ≤ quantity; quantity ≤ floor(max × T) ⟺ quantity ≤ max × T (T whole).
  return { least: max === undefined ? 0 : Number(ceilDiv(q, max)), most: min === 0n ? Infinity : Number(q / min) };
}

export const withinBounds = (quantity: number, bounds: QuantityBounds): boolean =>
  quantity >= bounds.least && quantity <= bounds.most;
