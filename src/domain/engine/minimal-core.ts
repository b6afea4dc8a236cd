import type { ConstraintModel } from './constraint-model';
import type { GreedyCompletion } from './greedy-completion';
import type { Solver } from './solver';
import type { WitnessUnion } from './witness-union';

/** A minimal set of decisions with the rules of its refutation (indices into `model.tags`). */
export interface MinimalCore {
  core: number[];
  tags: number[];
}

/** What shrinking cores needs: the model, a solver, cheap proofs and what they remember. */
export interface CoreTools {
  model: ConstraintModel;
  /** Asked with decisions in a fixed order, so that consecutive questions share their propagation. */
  solver: Solver;
  greedy: GreedyCompletion;
  union: WitnessUnion;
  /** Modules of no valid selection (catalog facts), which a greedy completion must avoid. */
  dead: Uint8Array;
  /** A model (true modules) of each set of decisions already asked about, by its sorted literals. */
  models: Map<string, readonly number[]>;
}

/**
 * Shrinks an unsatisfiable set of decisions (with `target`, the literal being refuted,
 * when there is one) to a minimal one: removing any decision left makes it
 * satisfiable. Deletion-based, in a fixed order (qualifications first, then modules from
 * the end of the catalog), so the result never depends on history; a greedy
 * completion proves most trials satisfiable without the solver, and each refutation's
 * own core prunes the rest at once.
 */
export function minimalCore(tools: CoreTools, refutation: MinimalCore, target?: number): MinimalCore {
  const extra = target === undefined ? [] : [target];
  let kept = [...refutation.core];
  let tags: readonly number[] = refutation.tags;
  const necessary = new Set<number>();
  kept.sort((a, b) => a - b);
  for (;;) {
    const candidate = kept.findLast((lit) => !necessary.has(lit));
    if (candidate === undefined) break;
    const trial = kept.filter((lit) => lit !== candidate);
    const refuted = provesCheaply(tools, [...trial, ...extra]) ? null : refute(tools, trial, target);
    if (refuted === null) {
      necessary.add(candidate);
    } else {
      const used = new Set(refuted.core);
      kept = trial.filter((lit) => used.has(lit));
      tags = refuted.tags;
    }
  }
  return { core: kept, tags: [...tags].sort((a, b) => a - b) };
}

/**
 * Asks the solver, decisions in a fixed order so that consecutive questions share
 * their propagation; a target the decisions alone make false needs no search, and a
 * model of the decisions often extends cheaply to the target. Null when satisfiable.
 */
export function refute(tools: CoreTools, decisions: number[], target?: number): { core: number[]; tags: readonly number[] } | null {
  const { solver, models } = tools;
  const sorted = [...decisions].sort((a, b) => a - b);
  const refutation = () => ({ core: solver.core, tags: solver.coreTags });
  if (!solver.solve(sorted, false)) return refutation();
  if (target !== undefined && solver.refuteAssigned(target, sorted.length)) return refutation();
  const key = sorted.join(',');
  let base = models.get(key);
  if (base === undefined) {
    if (!solver.solve(sorted)) return refutation();
    base = solver.trueModules();
    models.set(key, base);
  }
  if (target === undefined || extendsCheaply(tools, base, sorted, target) || solver.solve([...sorted, target])) return null;
  return refutation();
}

/** Does a model of `decisions` (the solver placed on them), with the target, extend to a valid selection? */
function extendsCheaply({ model, solver, union, greedy }: CoreTools, base: readonly number[], decisions: number[], target: number): boolean {
  if (target & 1) return !base.includes(target >> 1);
  const count = model.moduleIds.length;
  const demanded = decisions.map((lit) => lit >> 1).filter((v) => v >= count);
  const excluded = (v: number): boolean => solver.litValue(2 * v) === -1 && (solver.level[v] ?? 0) <= decisions.length;
  return union.proves(base, [target >> 1], demanded) || greedy.completes([...base, target >> 1], demanded, excluded);
}

/** Satisfiability of literals (chosen modules, demanded qualifications, a module left out) without the solver, when cheap proofs succeed. */
export function provesCheaply({ model, union, greedy, dead }: CoreTools, literals: number[]): boolean {
  const count = model.moduleIds.length;
  const modules: number[] = [];
  const demanded: number[] = [];
  let absent = -1;
  for (const lit of literals) {
    const v = lit >> 1;
    if (lit & 1) absent = v;
    else if (v < count) modules.push(v);
    else demanded.push(v);
  }
  return union.proves([], modules, demanded, absent) || greedy.completes(modules, demanded, (v) => v === absent || dead[v] === 1);
}
