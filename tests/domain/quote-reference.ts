import type { Catalog, Pricing, Tier } from '../../src/domain/catalog-schema';
import type { Configuration } from '../../src/domain/configuration';

/**
 * A second, deliberately naive computation of §1 and §4 for property tests: unit by
 * unit, in BigInt, with its own half-up rounding (quotient and remainder). It shares
 * no code with src/domain.
 */
const roundHalfUp = (n: bigint, d: bigint): bigint => (2n * (n % d) >= d ? n / d + 1n : n / d);
const rate = (amount: bigint, bp: number): bigint => roundHalfUp(amount * BigInt(bp), 10000n);

const tierOf = (tiers: Tier[], unit: number): number => {
  for (let i = 0; i < tiers.length; i++) if (tiers[i]!.upTo === null || unit <= tiers[i]!.upTo!) return i;
  throw new Error('no tier');
};

export function referencePrice(pricing: Pricing, q: number): bigint {
  if (pricing.model === 'flat') return BigInt(pricing.price);
  if (pricing.model === 'perUnit') return BigInt(pricing.unitPrice) * BigInt(q);
  const { tiers } = pricing;
  if (pricing.model === 'volume') {
    const tier = tiers[tierOf(tiers, q)]!;
    return BigInt(tier.unitPrice) * BigInt(q) + BigInt(tier.flatPrice ?? 0);
  }
  let total = 0n;
  const used = new Set<number>();
  for (let unit = 1; unit <= q; unit++) {
    const i = tierOf(tiers, unit);
    total += BigInt(tiers[i]!.unitPrice);
    used.add(i);
  }
  for (const i of used) total += BigInt(tiers[i]!.flatPrice ?? 0);
  return total;
}

export function referenceTotals(catalog: Catalog, configuration: Configuration): Record<string, bigint> {
  const modules = configuration.items.map((item) => ({ item, module: catalog.modules.find((m) => m.id === item.module)! }));
  const R = modules.reduce((s, { item, module }) => s + referencePrice(module.pricing, item.quantity), 0n);
  const O = modules.reduce((s, { module }) => s + BigInt(module.pricing.setupFee ?? 0), 0n);
  const drawers = new Set(modules.map(({ module }) => module.drawer)).size;
  const commitmentRate = catalog.discounts.commitment.find((c) => c.months === configuration.termMonths)!.rateBp;
  let bundleRate = 0;
  for (const t of catalog.discounts.bundle) if (t.minDrawers <= drawers) bundleRate = t.rateBp;
  const C = rate(R, commitmentRate);
  const B = rate(R - C, bundleRate);
  const D = rate(R - C - B, configuration.salesDiscountBp);
  const N = R - C - B - D;
  const V = rate(N, catalog.vatRateBp);
  const OV = rate(O, catalog.vatRateBp);
  const months = BigInt(configuration.termMonths);
  return {
    recurring: R, commitmentDiscount: C, bundleDiscount: B, salesDiscount: D, monthlyNet: N, monthlyVat: V, monthlyGross: N + V,
    setupNet: O, setupVat: OV, setupGross: O + OV, firstYearNet: 12n * N + O, contractNet: months * N + O,
  };
}
