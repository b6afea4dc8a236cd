import type { Tier } from './catalog-schema';
import { money, multiplyMoney } from './money';
import type { PriceComponent } from './pricing-breakdown';

/** The first unit of tier i: one past the previous tier's upTo. */
const firstUnitOf = (tiers: readonly Tier[], i: number): number => (tiers[i - 1]?.upTo ?? 0) + 1;

/** The tier quantity q falls in: the first whose upTo ≥ q (the last one has no upTo). */
export function tierIndexFor(tiers: readonly Tier[], quantity: number): number {
  const index = tiers.findIndex((t) => t.upTo === null || quantity <= t.upTo);
  return index === -1 ? tiers.length - 1 : index;
}

const flatFee = (tier: Tier, i: number): PriceComponent[] =>
  tier.flatPrice ? [{ kind: 'tierFlatFee', tier: i, amount: money(tier.flatPrice) }] : [];

/** Graduated (Stripe): each unit at the price of the tier it falls in, plus the flatPrice of every tier used. */
export function graduatedComponents(tiers: readonly Tier[], quantity: number): PriceComponent[] {
  const components: PriceComponent[] = [];
  tiers.forEach((tier, i) => {
    const firstUnit = firstUnitOf(tiers, i);
    if (quantity < firstUnit) return;
    const lastUnit = tier.upTo === null ? quantity : Math.min(quantity, tier.upTo);
    const units = lastUnit - firstUnit + 1;
    const unitPrice = money(tier.unitPrice);
    components.push({ kind: 'units', tier: i, firstUnit, lastUnit, units, unitPrice, amount: multiplyMoney(unitPrice, units) });
    components.push(...flatFee(tier, i));
  });
  return components;
}

/** Volume (Stripe): all units at the price of the tier the quantity falls in, plus that tier's flatPrice. */
export function volumeComponents(tiers: readonly Tier[], quantity: number): PriceComponent[] {
  const i = tierIndexFor(tiers, quantity);
  const tier = tiers[i];
  if (tier === undefined) return [];
  const unitPrice = money(tier.unitPrice);
  return [
    { kind: 'units', tier: i, firstUnit: 1, lastUnit: quantity, units: quantity, unitPrice, amount: multiplyMoney(unitPrice, quantity) },
    ...flatFee(tier, i),
  ];
}
