import type { CatalogModule } from '../catalog-schema';
import { quantityBounds, type QuantityRule } from './quantity-bounds';
import { allowedWithin } from './quantity-repair';

type Grid = CatalogModule['quantity'];

/** How many quantities of one `of` module are tried one by one, from its min (a step gap shows within the first few). */
const SCAN_LIMIT = 100_000;

/** Some quantity on the module's grid (min, max, step) meets the rule when its `of` modules total `total`. */
export function meetable(rule: QuantityRule, module: CatalogModule, total: number): boolean {
  const { least, most } = quantityBounds(rule, total);
  return allowedWithin(module, least, most) !== undefined;
}

/** The smallest quantity of one `of` module below `below` (among its first SCAN_LIMIT ones) for which the rule cannot be met. */
export function firstUnmeetable(rule: QuantityRule, module: CatalogModule, of: Grid, below = Infinity): number | undefined {
  const count = Math.min(SCAN_LIMIT, Math.floor((of.max - of.min) / of.step) + 1);
  for (let k = 0; k < count; k++) {
    const total = of.min + k * of.step;
    if (total >= below) return undefined;
    if (!meetable(rule, module, total)) return total;
  }
  return undefined;
}

/**
 * The smallest total of the `of` modules from which the rule's minimum exceeds the module's max, so that every
 * larger total fails too. Only when their steps are equal, since their totals are then every step from the lowest
 * to the highest; undefined otherwise, or when no total reaches it.
 */
export function firstBeyondMax(rule: QuantityRule, module: CatalogModule, of: readonly Grid[]): number | undefined {
  const factor = BigInt(Math.round((rule.min?.factor ?? 0) * 10000)); // ten-thousandths
  const step = of[0]?.step;
  if (factor === 0n || step === undefined || of.some((grid) => grid.step !== step)) return undefined;
  // ceil(factor × T / 10000) > max exactly when factor × T > max × 10000.
  const threshold = Number((BigInt(module.quantity.max) * 10000n) / factor) + 1;
  const low = of.reduce((sum, grid) => sum + grid.min, 0);
  const high = of.reduce((sum, grid) => sum + grid.max, 0);
  const total = threshold <= low ? low : low + Math.ceil((threshold - low) / step) * step;
  return total <= high ? total : undefined;
}
