import type { CatalogModule, Pricing } from './catalog-schema';
import { priceLine } from './pricing';
import { tierIndexFor } from './pricing-tiers';

/**
 * A tier an order larger than the default reaches, in cents: graduated, each unit beyond the first
 * `quantity` costs `unitPrice`; volume, from `quantity` units on, every unit does. Plus `flatPrice` a month.
 */
export interface CheapestTier {
  model: 'graduated' | 'volume';
  quantity: number;
  unitPrice: number;
  flatPrice: number;
}

/**
 * What a module's card says of its price, in cents; each kind has one wording. `flat`: `amount` a month;
 * `perUnit`: `amount` per unit a month; `at`: tiered, `amount` a month for the default `quantity`, what
 * ticking the card adds to the quote; `upTo`: that amount is a first tier's flat fee alone, the same for
 * every quantity up to `quantity` (« jusqu'à »). `cheapest`: tiered, the lowest unit price a larger order reaches.
 */
export interface PriceFrom {
  kind: 'flat' | 'perUnit' | 'at' | 'upTo';
  amount: number;
  quantity: number;
  cheapest?: CheapestTier;
  setup: number;
}

/** Of the tiers above the default quantity's that an orderable quantity reaches, the one with the lowest unit price (the first of equals). */
function cheapestTier({ model, tiers }: Extract<Pricing, { tiers: unknown }>, { min, max, step, default: quantity }: CatalogModule['quantity']): CheapestTier | undefined {
  let cheapest: CheapestTier | undefined;
  for (let i = tierIndexFor(tiers, quantity) + 1; i < tiers.length; i++) {
    const before = tiers[i - 1]!.upTo!;
    const reached = min + Math.ceil((before + 1 - min) / step) * step;
    const { unitPrice, flatPrice = 0 } = tiers[i]!;
    if (reached > max) break;
    if (!cheapest || unitPrice < cheapest.unitPrice) cheapest = { model, quantity: model === 'graduated' ? before : reached, unitPrice, flatPrice };
  }
  return cheapest;
}

export function priceFrom(module: CatalogModule): PriceFrom {
  const pricing = module.pricing;
  const setup = pricing.setupFee ?? 0;
  switch (pricing.model) {
    case 'flat':
      return { kind: 'flat', amount: pricing.price, quantity: 1, setup };
    case 'perUnit':
      return { kind: 'perUnit', amount: pricing.unitPrice, quantity: 1, setup };
    case 'graduated':
    case 'volume': {
      const { min, max, step, default: quantity } = module.quantity;
      const amount = priceLine(module, quantity).monthly;
      const cheapest = cheapestTier(pricing, module.quantity);
      const first = pricing.tiers[0]!;
      if (first.unitPrice === 0 && tierIndexFor(pricing.tiers, quantity) === 0) {
        // The largest orderable quantity of the first tier; checked against the price, whatever the tier model.
        const upTo = min + Math.floor((Math.min(first.upTo ?? max, max) - min) / step) * step;
        if (upTo > min && priceLine(module, upTo).monthly === amount) return { kind: 'upTo', amount, quantity: upTo, cheapest, setup };
      }
      return { kind: 'at', amount, quantity, cheapest, setup };
    }
    default:
      return pricing satisfies never;
  }
}
