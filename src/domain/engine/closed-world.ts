import type { ConstraintModel } from './constraint-model';

/**
 * The modules that can stay when nothing is added: every module whose `requires` has no
 * option among the others goes, then those that needed it, until what is left breaks
 * nothing (of two in one at-most-one group, or a module a demanded qualification rules
 * out, the later one goes). The answer is the largest such set, whatever the order of
 * removal, as removing a module only ever unmeets more `requires`.
 */
export function selfSupporting(model: ConstraintModel, modules: readonly number[], demanded: readonly number[]): number[] {
  const kept = new Set(modules.filter((v) => !(model.ruledOutBy[v] ?? []).some((q) => demanded.includes(q))));
  const owners = new Map<number, number>();
  for (const v of modules) {
    if (!kept.has(v)) continue;
    for (const g of model.groupsOf[v] ?? []) {
      if (owners.has(g)) kept.delete(v);
      else owners.set(g, v);
    }
  }
  for (let changed = true; changed; ) {
    changed = false;
    for (const v of kept) {
      const unmet = (model.requiresOf[v] ?? []).some((ci) => {
        const clause = model.clauses[ci] ?? new Int32Array();
        for (let k = 1; k < clause.length; k++) if (kept.has((clause[k] ?? 0) >> 1)) return false;
        return true;
      });
      if (unmet) {
        kept.delete(v);
        changed = true;
      }
    }
  }
  return modules.filter((v) => kept.has(v));
}
