import type { CatalogModule } from './catalog-schema';
import { priceLine } from './pricing';

/** What a module's card shows as its starting price, in cents. */
export type PriceFrom =
  | { kind: 'flat'; monthly: number; setup: number }
  | { kind: 'perUnit'; unitPrice: number; setup: number }
  /** Tiered with no per-tier flat fee: the lowest unit price a tier offers ("from"). */
  | { kind: 'fromUnitPrice'; unitPrice: number; setup: number }
  /** Tiered with flat fees: the whole monthly price at the smallest quantity, the honest entry ticket. */
  | { kind: 'atMinimum'; quantity: number; monthly: number; setup: number }
  /** A first tier that is a flat fee alone: that one price covers every quantity up to `upTo` (not per unit). */
  | { kind: 'flatUpTo'; upTo: number; monthly: number; setup: number };

export function priceFrom(module: CatalogModule): PriceFrom {
  const pricing = module.pricing;
  const setup = pricing.setupFee ?? 0;
  switch (pricing.model) {
    case 'flat':
      return { kind: 'flat', monthly: pricing.price, setup };
    case 'perUnit':
      return { kind: 'perUnit', unitPrice: pricing.unitPrice, setup };
    case 'graduated':
    case 'volume': {
      if (pricing.tiers.every((tier) => (tier.flatPrice ?? 0) === 0)) {
        return { kind: 'fromUnitPrice', unitPrice: Math.min(...pricing.tiers.map((tier) => tier.unitPrice)), setup };
      }
      const { min, max, step } = module.quantity;
      const monthly = priceLine(module, min).monthly;
      const first = pricing.tiers[0]!;
      if (first.unitPrice === 0) {
        // The largest orderable quantity of the first tier; checked against the price, whatever the tier model.
        const upTo = min + Math.floor((Math.min(first.upTo ?? max, max) - min) / step) * step;
        if (upTo > min && priceLine(module, upTo).monthly === monthly) return { kind: 'flatUpTo', upTo, monthly, setup };
      }
      return { kind: 'atMinimum', quantity: min, monthly, setup };
    }
    default:
      return pricing satisfies never;
  }
}
