import { positive } from './constraint-model';
import { without, type Refutation } from './look-ahead';
import type { Solver } from './solver';

/**
 * Blocked modules that one decision shuts out on its own: for each decision in
 * ascending order (modules in catalog order, then qualifications), the propagation of
 * that decision alone; each module it makes false gets that decision as its
 * explanation, the earliest such decision when several do. One decision is minimal for
 * a module some selection can hold, so these need no deletion trials.
 */
export function singleBlockers(solver: Solver, decisions: readonly number[], refutations: readonly Refutation[]): Map<number, Refutation> {
  const found = new Map<number, Refutation>();
  const open = refutations.filter((r) => r.core.length > 1);
  const sorted = [...decisions].sort((a, b) => a - b);
  for (let d = 0; d < sorted.length; d++) {
    const decision = sorted[d] ?? 0;
    if (found.size === open.length) break;
    if (!solver.solve([decision], false)) continue;
    for (let i = 0; i < open.length; i++) {
      const r = open[i];
      if (r === undefined) continue;
      if (found.has(r.module) || solver.litValue(positive(r.module)) !== -1) continue;
      if (solver.refuteAssigned(positive(r.module), 1)) {
        found.set(r.module, { module: r.module, core: without(solver.core, positive(r.module)), tags: solver.coreTags });
      }
    }
  }
  return found;
}
