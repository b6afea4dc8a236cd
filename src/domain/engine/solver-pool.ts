import type { Solver } from './solver';

/**
 * A few solvers, each kept on its own set of decisions, so that questions about the
 * same decisions reuse their propagation however they interleave (explanations ask
 * about a handful of decision subsets, over and over).
 */
export class SolverPool {
  private readonly entries: { key: string; solver: Solver }[] = [];

  constructor(private readonly source: Solver, private readonly size = 4) {}

  /** The solver for these decisions (already in their canonical order). */
  for(decisions: readonly number[]): Solver {
    const key = decisions.join(',');
    const index = this.entries.findIndex((e) => e.key === key);
    const entry = index >= 0 ? this.entries.splice(index, 1)[0] : undefined;
    const solver = entry?.solver ?? (this.entries.length >= this.size ? this.entries.pop()?.solver : undefined) ?? this.source.copy();
    this.entries.unshift({ key, solver });
    return solver;
  }
}
