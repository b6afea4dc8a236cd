import type { Catalog, CatalogModule } from './catalog-schema';
import { indexCatalog } from './catalog-index';
import type { Configuration, ConfigurationItem } from './configuration';

/** Why a quantity was moved: past the catalog's maximum or minimum, or off its step (counted from the minimum). */
export type QuantityBound = { bound: 'max'; max: number } | { bound: 'min'; min: number } | { bound: 'step'; step: number; min: number };

/** One thing that could not be kept as it was when a configuration moved to another catalog revision. */
export type CarryOverChange =
  | { kind: 'module-withdrawn'; module: string }
  | { kind: 'module-repeated'; module: string }
  | { kind: 'quantity-adjusted'; module: string; from: number; to: number; reason: QuantityBound }
  | { kind: 'term-withdrawn'; from: number; to: number }
  | { kind: 'qualification-withdrawn'; qualification: string }
  | { kind: 'qualification-repeated'; qualification: string };

export interface CarryOver {
  /** Valid (§3) on the new catalog; rule conflicts are the rule engine's to report. */
  configuration: Configuration;
  /** Everything dropped or changed, in configuration order. */
  changes: CarryOverChange[];
}

/** The nearest quantity the module accepts: clamped to [min, max], then rounded to the nearest step (half up). */
export function snapQuantity(quantity: number, { min, max, step }: CatalogModule['quantity']): number {
  if (quantity <= min) return min;
  if (quantity >= max) return max;
  const offStep = (quantity - min) % step;
  if (offStep === 0) return quantity;
  return offStep * 2 >= step ? quantity - offStep + step : quantity - offStep;
}

/** Which of the module's bounds moves a quantity that snapQuantity changes. */
function boundOf(quantity: number, { min, max, step }: CatalogModule['quantity']): QuantityBound {
  if (quantity >= max) return { bound: 'max', max };
  if (quantity <= min) return { bound: 'min', min };
  return { bound: 'step', step, min };
}

/**
 * Moves a configuration (or a decoded share payload, trusted for nothing but its
 * shape) onto a catalog: keeps what still exists, adapts quantities and term, and
 * lists precisely what was dropped or changed.
 */
export function carryOverConfiguration(catalog: Catalog, configuration: Configuration): CarryOver {
  const { moduleById } = indexCatalog(catalog);
  const changes: CarryOverChange[] = [];
  const items: ConfigurationItem[] = [];
  const kept = new Set<string>();
  for (const { module: id, quantity } of configuration.items) {
    const module = moduleById.get(id);
    if (!module) changes.push({ kind: 'module-withdrawn', module: id });
    else if (kept.has(id)) changes.push({ kind: 'module-repeated', module: id });
    else {
      kept.add(id);
      const snapped = snapQuantity(quantity, module.quantity);
      if (snapped !== quantity) changes.push({ kind: 'quantity-adjusted', module: id, from: quantity, to: snapped, reason: boundOf(quantity, module.quantity) });
      items.push({ module: id, quantity: snapped });
    }
  }
  const terms = catalog.discounts.commitment.map((c) => c.months);
  let termMonths = configuration.termMonths;
  if (!terms.includes(termMonths)) {
    termMonths = terms[0] ?? 1;
    changes.push({ kind: 'term-withdrawn', from: configuration.termMonths, to: termMonths });
  }
  const qualifications = new Set(catalog.qualifications.map((q) => q.id));
  const requirements: string[] = [];
  for (const id of configuration.requirements) {
    if (!qualifications.has(id)) changes.push({ kind: 'qualification-withdrawn', qualification: id });
    else if (requirements.includes(id)) changes.push({ kind: 'qualification-repeated', qualification: id });
    else requirements.push(id);
  }
  // Decoded payloads already hold 0–10000; clamping only guards hand-made input.
  const salesDiscountBp = Math.min(10_000, Math.max(0, configuration.salesDiscountBp));
  return { configuration: { catalog: catalog.version, items, termMonths, requirements, salesDiscountBp }, changes };
}
