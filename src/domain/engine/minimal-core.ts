import type { ConstraintModel } from './constraint-model';
import type { GreedyCompletion } from './greedy-completion';
import type { ModelMemory } from './model-memory';
import type { Solver } from './solver';
import type { WitnessUnion } from './witness-union';

/** A minimal set of decisions with the rules of its refutation (indices into `model.tags`, in no particular order). */
export interface MinimalCore {
  core: number[];
  tags: readonly number[];
}

/** What shrinking cores needs: the model, a solver, cheap proofs and what they remember. */
export interface CoreTools {
  model: ConstraintModel;
  /** Asked with decisions in a fixed order, so that consecutive questions share their propagation. */
  solver: Solver;
  greedy: GreedyCompletion;
  /** The same, trying options' second witnesses: a second chance before a search. */
  alternativeGreedy: GreedyCompletion;
  union: WitnessUnion;
  /** Modules of no valid selection (catalog facts), which a greedy completion must avoid. */
  dead: Uint8Array;
  /** Second witnesses (catalog facts) for a second union when the first fails. */
  alternative: readonly (Int32Array | null)[];
  /** Models of the sets of decisions already asked about, by their sorted literals. */
  models: ModelMemory;
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
  return { core: kept, tags };
}

/**
 * Asks the solver, decisions in a fixed order so that consecutive questions share
 * their propagation. A target some model of the decisions already holds needs
 * nothing; one the decisions alone make false needs no search; and a greedy
 * completion that avoids what the propagation of decisions and target rules out
 * usually finds a model without one. Null when satisfiable.
 */
export function refute(tools: CoreTools, decisions: number[], target?: number): { core: number[]; tags: readonly number[] } | null {
  const { solver, models } = tools;
  const sorted = [...decisions].sort((a, b) => a - b);
  const key = sorted.join(',');
  if (target !== undefined && (target & 1) === 0 && models.contains(key, target >> 1)) return null;
  if (!solver.solve(sorted, false)) return refutationOf(solver);
  if (target !== undefined && solver.refuteAssigned(target, sorted.length)) return refutationOf(solver);
  if (target !== undefined) {
    if (!solver.solve([...sorted, target], false)) return refutationOf(solver);
    if (completesPropagated(tools, sorted, target)) return null;
  }
  if (!solver.solve(target === undefined ? sorted : [...sorted, target])) return refutationOf(solver);
  models.record(key, solver.trueModules());
  return null;
}

/** The core and rules of the solver's last refutation (a plain function: hot, and closures made per call cost more). */
function refutationOf(solver: Solver): { core: number[]; tags: readonly number[] } {
  return { core: solver.core, tags: solver.coreTags };
}

/** Modules the solver's propagation made false, and `absent`. */
function falseOrAbsent(solver: Solver, absent: number): (v: number) => boolean {
  return (v) => v === absent || solver.value[v] === -1;
}

/**
 * A greedy completion of the modules the solver's propagation made true (plus the
 * target), avoiding every module it made false (and the target when it is a module
 * left out), recorded as a model of the decisions when it succeeds.
 */
function completesPropagated({ model, solver, greedy, alternativeGreedy, models }: CoreTools, decisions: number[], target: number): boolean {
  const count = model.moduleIds.length;
  const demanded = decisions.map((lit) => lit >> 1).filter((v) => v >= count);
  const modules = solver.trueModules();
  if ((target & 1) === 0) modules.push(target >> 1);
  const excluded = falseOrAbsent(solver, target & 1 ? target >> 1 : -1);
  const found = greedy.completes(modules, demanded, excluded) ? greedy : alternativeGreedy.completes(modules, demanded, excluded) ? alternativeGreedy : null;
  if (found === null) return false;
  models.record(decisions.join(','), found.gathered);
  return true;
}

/**
 * Satisfiability of literals (chosen modules, demanded qualifications, a module left
 * out) by a union of witnesses, without the solver. A greedy completion here, blind to
 * propagation, fails too often to pay: `refute` tries one after propagating instead.
 */
export function provesCheaply({ model, union, models, alternative }: CoreTools, literals: number[], key?: string): boolean {
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
  if (!union.proves([], modules, demanded, absent) && !union.proves([], modules, demanded, absent, alternative)) return false;
  // The union is a model of the decisions alone too: it may settle later questions about them.
  if (key !== undefined) models.record(key, union.gathered);
  return true;
}
