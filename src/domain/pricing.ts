import type { CatalogModule, Pricing } from './catalog-schema';
import { money, multiplyMoney, sumMoney } from './money';
import type { LinePrice, PriceComponent } from './pricing-breakdown';
import { graduatedComponents, volumeComponents } from './pricing-tiers';

/** The monthly price of q units under a pricing model (§1), as the terms that add up to it. */
export function priceComponents(pricing: Pricing, quantity: number): PriceComponent[] {
  switch (pricing.model) {
    case 'flat':
      return [{ kind: 'flatPrice', amount: money(pricing.price) }];
    case 'perUnit': {
      const unitPrice = money(pricing.unitPrice);
      const amount = multiplyMoney(unitPrice, quantity);
      return [{ kind: 'units', tier: null, firstUnit: 1, lastUnit: quantity, units: quantity, unitPrice, amount }];
    }
    case 'graduated':
      return graduatedComponents(pricing.tiers, quantity);
    case 'volume':
      return volumeComponents(pricing.tiers, quantity);
    default:
      return pricing satisfies never;
  }
}

/** Prices one configuration line: monthly = pricing(q), setup = the module's setupFee (not per unit). */
export function priceLine(module: CatalogModule, quantity: number): LinePrice {
  if (!Number.isSafeInteger(quantity) || quantity < 1) throw new RangeError(`quantity ${quantity} is not a whole number ≥ 1`);
  const components = priceComponents(module.pricing, quantity);
  return {
    module: module.id,
    quantity,
    model: module.pricing.model,
    monthly: sumMoney(components.map((c) => c.amount)),
    setup: money(module.pricing.setupFee ?? 0),
    components,
  };
}
