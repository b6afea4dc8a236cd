import type { Catalog, Tier } from '../catalog-schema';
import type { CatalogFinding, QuantityGrid, TierSpan } from './lint-finding';

/**
 * Price tiers no quantity of the module's grid (min, then by step up to max) ever prices (§1, Stripe's
 * semantics; tier i holds the units after the previous `upTo`, up to its own). Graduated: a tier prices
 * the units that fall in it, so it is reached once the quantity passes the previous `upTo`: only tiers
 * beyond max are out of reach. Volume: a tier prices the whole quantity when the quantity falls in it,
 * so a tier below min, or between two steps, is out of reach too.
 */
export function unreachablePriceTiers(catalog: Catalog): CatalogFinding[] {
  return catalog.modules.flatMap((module): CatalogFinding[] => {
    const { pricing, quantity } = module;
    if (pricing.model !== 'graduated' && pricing.model !== 'volume') return [];
    const reached = pricing.model === 'graduated' ? graduatedReached : volumeReached;
    const out = pricing.tiers.map((_, i) => !reached(pricing.tiers, i, quantity));
    if (!out.includes(true)) return [];
    const { min, max, step } = quantity;
    return [{ kind: 'price-tiers-unreachable', module: module.id, tierCount: pricing.tiers.length, quantity: { min, max, step }, spans: spans(pricing.tiers, out) }];
  });
}

/** The units one past the previous tier's `upTo` (1 for the first tier). */
const firstUnit = (tiers: readonly Tier[], i: number): number => (tiers[i - 1]?.upTo ?? 0) + 1;

/** Some quantity of the grid puts a unit in tier i: max (always on the grid) reaches its first unit. */
const graduatedReached = (tiers: readonly Tier[], i: number, grid: QuantityGrid): boolean => grid.max >= firstUnit(tiers, i);

/** Some quantity of the grid falls in tier i: the first one from its first unit up is within max and its `upTo`. */
function volumeReached(tiers: readonly Tier[], i: number, grid: QuantityGrid): boolean {
  const from = firstUnit(tiers, i);
  const first = from <= grid.min ? grid.min : grid.min + Math.ceil((from - grid.min) / grid.step) * grid.step;
  const upTo = tiers[i]?.upTo ?? null;
  return first <= grid.max && (upTo === null || first <= upTo);
}

/** Runs of consecutive unreachable tiers, numbered from 1, with the quantities they cover. */
function spans(tiers: readonly Tier[], out: readonly boolean[]): TierSpan[] {
  const result: TierSpan[] = [];
  out.forEach((unreachable, i) => {
    if (!unreachable) return;
    const to = tiers[i]?.upTo ?? null;
    const last = result[result.length - 1];
    if (last !== undefined && last.last === i) result[result.length - 1] = { ...last, last: i + 1, to };
    else result.push({ first: i + 1, last: i + 1, from: firstUnit(tiers, i), to });
  });
  return result;
}
