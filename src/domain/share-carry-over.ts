import type { Catalog } from './catalog-schema';
import type { Configuration } from './configuration';
import { checkConfigurationValues, type RefusedValue } from './configuration-values';


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

/** The carry-over's words for a value today's catalog refuses; `carried` is what was kept instead. */
function changeOf(refused: RefusedValue, carried: Configuration): CarryOverChange {
  switch (refused.kind) {
    case 'unknown-module': return { kind: 'module-withdrawn', module: refused.module };
    case 'duplicate-module': return { kind: 'module-repeated', module: refused.module };
    case 'quantity-out-of-range':
    case 'quantity-off-step': {
      const { module, quantity: from } = refused;
      const to = carried.items.find((i) => i.module === module)?.quantity ?? from;
      const reason: QuantityBound = refused.kind === 'quantity-off-step' ? { bound: 'step', step: refused.step, min: refused.min }
        : from > refused.max ? { bound: 'max', max: refused.max } : { bound: 'min', min: refused.min };
      return { kind: 'quantity-adjusted', module, from, to, reason };
    }
    case 'unknown-term': return { kind: 'term-withdrawn', from: refused.months, to: carried.termMonths };
    case 'unknown-qualification': return { kind: 'qualification-withdrawn', qualification: refused.qualification };
    case 'duplicate-qualification': return { kind: 'qualification-repeated', qualification: refused.qualification };
    default: return refused satisfies never;
  }
}

/**
 * Moves a configuration (or a decoded share payload, trusted for nothing but its
 * shape) onto a catalog: keeps what still exists, adapts quantities and term, and
 * lists precisely what was dropped or changed — the values checkConfigurationValues
 * refuses, a quantity kept at the nearest the module accepts.
 */
export function carryOverConfiguration(catalog: Catalog, configuration: Configuration): CarryOver {
  // Decoded payloads already hold 0–10000; clamping only guards hand-made input.
  const salesDiscountBp = Math.min(10_000, Math.max(0, configuration.salesDiscountBp));
  const checked = checkConfigurationValues(catalog, { ...configuration, salesDiscountBp }, { quantities: 'nearest' });
  return { configuration: checked.configuration, changes: checked.refused.map((refused) => changeOf(refused, checked.configuration)) };
}
