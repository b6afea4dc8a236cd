import type { CatalogModule } from './catalog-schema';
import { priceLine } from './pricing';

/** What a module's card shows as its starting price, in cents. */
export type PriceFrom =
  | { kind: 'flat'; monthly: number; setup: number }
  | { kind: 'perUnit'; unitPrice: number; setup: number }
  /** Tiered with no per-tier flat fee: the lowest unit price a tier offers ("from"). */
  | { kind: 'fromUnitPrice'; unitPrice: number; setup: number }
  /** Tiered with flat fees: the whole monthly price at the smallest quantity, the honest entry ticket. */
  | { kind: 'atMinimum'; quantity: number; monthly: number; setup: number };

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
      const quantity = module.quantity.min;
      return { kind: 'atMinimum', quantity, monthly: priceLine(module, quantity).monthly, setup };
    }
    default:
      return pricing satisfies never;
  }
}
