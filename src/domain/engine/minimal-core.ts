import type { Solver } from './solver';

/** A minimal set of decisions with the rules of its refutation (indices into `model.tags`). */
export interface MinimalCore {
  core: number[];
  tags: number[];
}

/**
 * Shrinks an unsatisfiable set of decisions (with `target`, the literal being refuted,
 * when there is one) to a minimal one: removing any decision left makes it
 * satisfiable. Deletion-based, dropping the most recent decisions first, and each
 * refutation's own core prunes the rest at once.
 */
export function minimalCore(solver: Solver, decisions: readonly number[], target?: number): MinimalCore {
  const extra = target === undefined ? [] : [target];
  let kept = [...decisions];
  const necessary = new Set<number>();
  for (;;) {
    const candidate = kept.findLast((lit) => !necessary.has(lit));
    if (candidate === undefined) break;
    const trial = kept.filter((lit) => lit !== candidate);
    if (solver.solve([...trial, ...extra])) {
      necessary.add(candidate);
    } else {
      const used = new Set(solver.core);
      kept = trial.filter((lit) => used.has(lit));
    }
  }
  solver.solve([...kept, ...extra]);
  return { core: kept, tags: [...solver.coreTags].sort((a, b) => a - b) };
}
