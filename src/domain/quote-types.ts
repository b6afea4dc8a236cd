import type { Money } from './money';
import type { LinePrice } from './pricing-breakdown';

/** Every total of §4, in the order the spec lists them; these names recur in the CLI, the UI and the tests. */
export const QUOTE_TOTAL_NAMES = [
  'recurring', 'commitmentDiscount', 'bundleDiscount', 'salesDiscount',
  'monthlyNet', 'monthlyVat', 'monthlyGross',
  'setupNet', 'setupVat', 'setupGross',
  'firstYearNet', 'contractNet',
] as const;
export type QuoteTotalName = (typeof QUOTE_TOTAL_NAMES)[number];

/** Every total of §4 in cents; monthly figures are per month. */
export type QuoteTotals = Record<QuoteTotalName, Money>;

/** Which discount applied, at which rate, on which base: enough to redo each figure by hand. */
export interface DiscountBreakdown {
  commitment: { termMonths: number; rateBp: number; base: Money; amount: Money };
  bundle: {
    /** The distinct drawers of the selected modules, in catalog order. */
    drawers: string[];
    distinctDrawers: number;
    /** The highest bundle tier reached, or null when none is. */
    tier: { minDrawers: number; rateBp: number } | null;
    rateBp: number;
    base: Money;
    amount: Money;
  };
  sales: { rateBp: number; approvalThresholdBp: number; needsApproval: boolean; base: Money; amount: Money };
}

/** The one-stop quote of a configuration (§4): derived, never stored. */
export interface Quote {
  /** The catalog revision (`version`) the quote was priced on. */
  catalog: string;
  currency: 'EUR';
  vatRateBp: number;
  termMonths: number;
  /** One per configuration item, in configuration order. */
  lines: LinePrice[];
  discounts: DiscountBreakdown;
  totals: QuoteTotals;
  /** True when the sales discount is above the catalog's approval threshold. */
  needsApproval: boolean;
}
