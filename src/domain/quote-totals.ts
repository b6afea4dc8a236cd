import { addMoney, multiplyMoney, subtractMoney, type Money } from './money';
import { applyRate } from './rounding';
import type { DiscountBreakdown, QuoteTotals } from './quote-types';

interface TotalsInput {
  recurring: Money;
  setup: Money;
  discounts: DiscountBreakdown;
  vatRateBp: number;
  termMonths: number;
}

/** Every total of §4 from R, O and the discounts; VAT is computed on the net totals, not per line. */
export function computeTotals({ recurring, setup, discounts, vatRateBp, termMonths }: TotalsInput): QuoteTotals {
  const commitmentDiscount = discounts.commitment.amount;
  const bundleDiscount = discounts.bundle.amount;
  const salesDiscount = discounts.sales.amount;
  const monthlyNet = subtractMoney(discounts.sales.base, salesDiscount);
  const monthlyVat = applyRate(monthlyNet, vatRateBp);
  const setupVat = applyRate(setup, vatRateBp);
  return {
    recurring,
    commitmentDiscount,
    bundleDiscount,
    salesDiscount,
    monthlyNet,
    monthlyVat,
    monthlyGross: addMoney(monthlyNet, monthlyVat),
    setupNet: setup,
    setupVat,
    setupGross: addMoney(setup, setupVat),
    firstYearNet: addMoney(multiplyMoney(monthlyNet, 12), setup),
    contractNet: addMoney(multiplyMoney(monthlyNet, termMonths), setup),
  };
}
