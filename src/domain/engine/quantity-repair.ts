import type { Catalog, CatalogModule } from '../catalog-schema';
import type { ConfigurationItem } from '../configuration';
import { ceilDiv, inTenThousandths, quantityBounds, TEN_THOUSAND, withinBounds, type QuantityBounds, type QuantityRule } from './quantity-bounds';

/** A quantity change that satisfies a quantity rule ("raise backup storage to 125 GiB"). */
export interface QuantityChange {
  module: string;
  quantity: number;
  rule: string;
}

/** A quantity rule in force on the chosen quantities: its module chosen at `current`, its chosen `of` modules totalling `total`. */
function inForce(rule: QuantityRule, quantities: ReadonlyMap<string, number>): { current: number; of: string[]; total: number } | undefined {
  const current = quantities.get(rule.module);
  const of = [...new Set(rule.of)].filter((id) => quantities.has(id));
  if (current === undefined || of.length === 0) return undefined;
  return { current, of, total: of.reduce((sum, id) => sum + (quantities.get(id) ?? 0), 0) };
}

const quantityRules = (catalog: Catalog) => catalog.rules.filter((r): r is QuantityRule => r.type === 'quantity');

/**
 * Brings every quantity rule in bounds by moving the constrained module to the nearest
 * allowed quantity (its own min, max and step respected), rule by rule in catalog
 * order, repeating while a change upsets an earlier rule. Rules it cannot meet are left.
 */
export function repairQuantities(catalog: Catalog, items: readonly ConfigurationItem[]): { items: ConfigurationItem[]; changes: QuantityChange[] } {
  const quantities = new Map(items.map((i) => [i.module, i.quantity]));
  const changes: QuantityChange[] = [];
  const rules = quantityRules(catalog);
  for (let pass = 0; pass <= rules.length; pass++) {
    let changed = false;
    for (const rule of rules) {
      const force = inForce(rule, quantities);
      if (force === undefined) continue;
      const { current } = force;
      const bounds = quantityBounds(rule, force.total);
      if (withinBounds(current, bounds)) continue;
      const module = catalog.modules.find((m) => m.id === rule.module);
      const next = module && nearestAllowed(module, current, bounds.least, bounds.most);
      if (next === undefined) continue;
      quantities.set(rule.module, next);
      const previous = changes.findIndex((c) => c.module === rule.module);
      if (previous >= 0) changes.splice(previous, 1);
      changes.push({ module: rule.module, quantity: next, rule: rule.id });
      changed = true;
    }
    if (!changed) break;
  }
  return { items: items.map((i) => ({ module: i.module, quantity: quantities.get(i.module) ?? i.quantity })), changes };
}

/**
 * The lowest and highest quantities the module accepts (its own min, max and step) within [least, most]: the bounds a
 * buyer can actually type (a rule's « at least 4 997 » is 5 000 for a module sold by 5); undefined if none is.
 */
export function allowedWithin(module: CatalogModule, least: number, most: number): { lowest: number; highest: number } | undefined {
  const { min, max, step } = module.quantity;
  const low = Math.max(min, least);
  const high = Math.min(max, most);
  const lowest = min + Math.ceil((low - min) / step) * step;
  const highest = min + Math.floor((high - min) / step) * step;
  return lowest > high || highest < low ? undefined : { lowest, highest };
}

/** The quantity on the module's step grid within [least, most] closest to `current`; undefined if none. */
export function nearestAllowed(module: CatalogModule, current: number, least: number, most: number): number | undefined {
  const allowed = allowedWithin(module, least, most);
  if (allowed === undefined) return undefined;
  return Math.min(Math.max(current, allowed.lowest), allowed.highest);
}

/**
 * The other way to meet a quantity rule whose `of` holds one chosen module: move that module instead of the one the
 * rule constrains, so the buyer's own figure stays (MFA at 90 under « MFA ≤ SSO »: SSO to 90, not MFA to 25). Then
 * every other quantity rule as repairQuantities brings it in bounds. One change per such rule; the caller keeps those
 * that leave the configuration valid.
 */
export function ofModuleChanges(catalog: Catalog, items: readonly ConfigurationItem[]): { items: ConfigurationItem[]; changes: QuantityChange[] }[] {
  const quantities = new Map(items.map((i) => [i.module, i.quantity]));
  return quantityRules(catalog).flatMap((rule) => {
    const force = inForce(rule, quantities);
    if (force === undefined || force.of.length !== 1) return [];
    const { current, total, of: [ofId = ''] } = force;
    const totals = withinBounds(current, quantityBounds(rule, total)) ? undefined : totalsAllowing(rule, current);
    const ofModule = catalog.modules.find((m) => m.id === ofId);
    const next = totals && ofModule && nearestAllowed(ofModule, total, totals.least, totals.most);
    if (next === undefined) return [];
    const moved = repairQuantities(catalog, items.map((i) => (i.module === ofId ? { ...i, quantity: next } : i)));
    const own = moved.changes.some((c) => c.module === ofId) ? [] : [{ module: ofId, quantity: next, rule: rule.id }];
    return [{ items: moved.items, changes: [...own, ...moved.changes] }];
  });
}

/**
 * The totals of the `of` modules under which the rule allows `quantity` of its module (the other way round from
 * quantityBounds; here, not beside it, to keep it off the first screen's code); undefined when none does (a maximum
 * factor of 0 allows no quantity at all).
 */
export function totalsAllowing(rule: QuantityRule, quantity: number): QuantityBounds | undefined {
  const q = BigInt(quantity) * TEN_THOUSAND;
  const min = rule.min ? inTenThousandths(rule.min.factor) : 0n;
  const max = rule.max ? inTenThousandths(rule.max.factor) : undefined;
  if (max === 0n) return undefined;
  // ceil(min × T) ≤ quantity ⟺ min × T ≤ quantity; quantity ≤ floor(max × T) ⟺ quantity ≤ max × T (T whole).
  return { least: max === undefined ? 0 : Number(ceilDiv(q, max)), most: min === 0n ? Infinity : Number(q / min) };
}
