import type { Pricing } from './catalog-schema';
import type { Money } from './money';

/**
 * One term of a line's monthly price, so a buyer can redo the arithmetic by hand:
 * `units` is units × unitPrice = amount; `tierFlatFee` is a tier's flatPrice, added once;
 * `flatPrice` is the whole price of a flat-priced module.
 */
export type PriceComponent =
  | { kind: 'flatPrice'; amount: Money }
  | {
      kind: 'units';
      /** Index of the tier in `pricing.tiers`; null for a perUnit price. */
      tier: number | null;
      /** The units priced here are the `firstUnit`-th to the `lastUnit`-th (1-based, inclusive). */
      firstUnit: number;
      lastUnit: number;
      units: number;
      unitPrice: Money;
      amount: Money;
    }
  | { kind: 'tierFlatFee'; tier: number; amount: Money };

/** A configuration line priced: monthly = Σ components' amounts; setup is one-time, per module. */
export interface LinePrice {
  module: string;
  quantity: number;
  model: Pricing['model'];
  monthly: Money;
  setup: Money;
  components: PriceComponent[];
}
