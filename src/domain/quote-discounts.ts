import type { Catalog } from './catalog-schema';
import { subtractMoney, type Money } from './money';
import { applyRate } from './rounding';
import type { DiscountBreakdown } from './quote-types';

/** The highest bundle tier whose minDrawers ≤ the number of distinct drawers, or null. */
export function bundleTierFor(catalog: Catalog, distinctDrawers: number): DiscountBreakdown['bundle']['tier'] {
  const reached = catalog.discounts.bundle.filter((t) => t.minDrawers <= distinctDrawers);
  const highest = reached.reduce<(typeof reached)[number] | null>((best, t) => (best === null || t.minDrawers > best.minDrawers ? t : best), null);
  return highest === null ? null : { minDrawers: highest.minDrawers, rateBp: highest.rateBp };
}

interface DiscountInput {
  recurring: Money;
  commitmentRateBp: number;
  termMonths: number;
  drawers: string[];
  salesDiscountBp: number;
}

/** The three discounts of §4, each on what the previous ones left: C on R, B on R − C, D on R − C − B. */
export function computeDiscounts(catalog: Catalog, input: DiscountInput): DiscountBreakdown {
  const { recurring, commitmentRateBp, termMonths, drawers, salesDiscountBp } = input;
  const commitmentAmount = applyRate(recurring, commitmentRateBp);
  const bundleBase = subtractMoney(recurring, commitmentAmount);
  const tier = bundleTierFor(catalog, drawers.length);
  const bundleRateBp = tier?.rateBp ?? 0;
  const bundleAmount = applyRate(bundleBase, bundleRateBp);
  const salesBase = subtractMoney(bundleBase, bundleAmount);
  const approvalThresholdBp = catalog.discounts.salesApprovalThresholdBp;
  return {
    commitment: { termMonths, rateBp: commitmentRateBp, base: recurring, amount: commitmentAmount },
    bundle: { drawers, distinctDrawers: drawers.length, tier, rateBp: bundleRateBp, base: bundleBase, amount: bundleAmount },
    sales: {
      rateBp: salesDiscountBp,
      approvalThresholdBp,
      needsApproval: salesDiscountBp > approvalThresholdBp,
      base: salesBase,
      amount: applyRate(salesBase, salesDiscountBp),
    },
  };
}
