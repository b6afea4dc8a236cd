import type { ConstraintModel } from './constraint-model';

/**
 * True when these modules, as they stand (nothing added), break no hard constraint:
 * every `requires` met within them, at most one per at-most-one group, none ruled out
 * by the demanded qualification variables. Linear in the modules and their rules.
 */
export function breaksNothing(model: ConstraintModel, modules: readonly number[], demanded: readonly number[]): boolean {
  const chosen = new Set(modules);
  const owners = new Map<number, number>();
  for (const v of modules) {
    if ((model.ruledOutBy[v] ?? []).some((q) => demanded.includes(q))) return false;
    for (const g of model.groupsOf[v] ?? []) {
      if ((owners.get(g) ?? v) !== v) return false;
      owners.set(g, v);
    }
    for (const ci of model.requiresOf[v] ?? []) {
      const clause = model.clauses[ci] ?? new Int32Array();
      let met = false;
      for (let k = 1; k < clause.length && !met; k++) met = chosen.has((clause[k] ?? 0) >> 1);
      if (!met) return false;
    }
  }
  return true;
}
