import { negative, positive, type ConstraintModel } from './constraint-model';
import { Solver } from './solver';

/** Why a module is blocked or implied: the decisions (assumption literals) and rule tags of a refutation. */
export interface Refutation {
  module: number;
  core: number[];
  tags: number[];
}

export interface LookAhead {
  /** False when the decisions themselves admit no completion; `conflict` then refutes them. */
  consistent: boolean;
  conflict?: Refutation;
  /** Module variables, ascending (catalog order). */
  selectable: number[];
  implied: Refutation[];
  blocked: Refutation[];
}

/**
 * Exact look-ahead: a module is selectable when the decisions plus it have a model,
 * implied when the decisions plus its absence have none. Every model found also
 * settles the other modules it contains (selectable) or lacks (not implied), so most
 * modules need no query of their own.
 */
export function lookAhead(model: ConstraintModel, decisions: readonly number[]): LookAhead {
  const solver = new Solver(model);
  const count = model.moduleIds.length;
  if (!solver.solve(decisions)) {
    return { consistent: false, conflict: { module: -1, core: solver.core, tags: solver.coreTags }, selectable: [], implied: [], blocked: [] };
  }
  const chosen = new Uint8Array(count);
  for (const lit of decisions) if (lit >> 1 < count && (lit & 1) === 0) chosen[lit >> 1] = 1;
  const reachable = new Uint8Array(count);
  const stamp = new Int32Array(count);
  let query = 1;
  const record = (): void => {
    for (const v of solver.trueModules()) { reachable[v] = 1; stamp[v] = query; }
  };
  record();
  let candidates = solver.trueModules().filter((v) => !chosen[v]);
  const blocked: Refutation[] = [];
  for (let m = 0; m < count; m++) {
    if (chosen[m] || reachable[m]) continue;
    query++;
    if (solver.solve([...decisions, positive(m)])) {
      record();
      candidates = candidates.filter((v) => stamp[v] === query);
    } else {
      blocked.push({ module: m, core: solver.core.filter((lit) => lit !== positive(m)), tags: solver.coreTags });
    }
  }
  const implied: Refutation[] = [];
  for (const c of [...candidates]) {
    if (!candidates.includes(c)) continue;
    query++;
    if (solver.solve([...decisions, negative(c)])) {
      record();
      candidates = candidates.filter((v) => stamp[v] === query);
    } else {
      implied.push({ module: c, core: solver.core.filter((lit) => lit !== negative(c)), tags: solver.coreTags });
    }
  }
  const selectable = [];
  for (let m = 0; m < count; m++) if (reachable[m] && !chosen[m]) selectable.push(m);
  return { consistent: true, selectable, implied, blocked };
}
