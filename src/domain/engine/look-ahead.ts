import { catalogFacts, returnSolver, solverWithFacts } from './catalog-facts';
import { negative, positive, type ConstraintModel } from './constraint-model';
import { GreedyCompletion } from './greedy-completion';
import type { Solver } from './solver';
import { WitnessUnion } from './witness-union';

/** Why a module is blocked or implied: the decisions (assumption literals) and rule tags of a refutation. */
export interface Refutation {
  module: number;
  core: number[];
  tags: readonly number[];
}

export interface LookAhead {
  /** False when the decisions themselves admit no completion; `conflict` then refutes them. */
  consistent: boolean;
  conflict?: Refutation;
  /** Module variables, ascending (catalog order). */
  selectable: number[];
  implied: Refutation[];
  /** Ascending module variables. */
  blocked: Refutation[];
  /** The solver of the look-ahead, handed on to the explanations (with what it learned) rather than copied again. */
  solver?: Solver;
}

/**
 * Exact look-ahead: a module is selectable when the decisions plus it have a model,
 * implied when the decisions plus its absence have none. A first model of the
 * decisions, joined with a module's catalog witness, proves most modules selectable
 * at once; the solver settles the rest, reusing the propagation of the decisions.
 */
export function lookAhead(model: ConstraintModel, given: readonly number[]): LookAhead {
  // Placed in the order explanations drop them from (see minimal-core.ts), so that a
  // module's first refutation uses only the decisions up to the one that ruled it out.
  const decisions = [...given].sort((a, b) => a - b);
  const facts = catalogFacts(model);
  const solver = solverWithFacts(model, facts);
  const count = model.moduleIds.length;
  if (!solver.solve(decisions)) {
    // The conflict keeps the refutation of the buyer's own order, as before explanations sorted them.
    solver.solve(given);
    const conflict = { module: -1, core: solver.core, tags: solver.coreTags };
    // Nothing more is read from it (explanations start from a solver of their own): the next call reuses it.
    returnSolver(model, solver);
    return { consistent: false, conflict, selectable: [], implied: [], blocked: [] };
  }
  const chosen = new Uint8Array(count);
  for (const lit of decisions) if (lit >> 1 < count) chosen[lit >> 1] = 1;
  const demanded = decisions.map((lit) => lit >> 1).filter((v) => v >= count);
  const base = solver.trueModules();
  const reachable = new Uint8Array(count);
  for (const v of base) reachable[v] = 1;
  const greedy = new GreedyCompletion(model, facts.witness);
  const union = new WitnessUnion(model, facts);
  union.setModel(base);
  const falseAtBase = new Uint8Array(count);
  for (let v = 0; v < count; v++) if (solver.litValue(positive(v)) === -1 && (solver.level[v] ?? 0) <= decisions.length) falseAtBase[v] = 1;
  const isFalse = (v: number): boolean => falseAtBase[v] === 1;
  const blocked: Refutation[] = [];
  /** The solver's latest model: another base for greedy completions. */
  let lastModel = base;
  for (let m = 0; m < count; m++) {
    if (chosen[m] || reachable[m]) continue;
    if (facts.dead[m]) {
      blocked.push({ module: m, core: [], tags: facts.deadTags[m] ?? [] });
    } else if (solver.refuteAssigned(positive(m), decisions.length)) {
      blocked.push({ module: m, core: without(solver.core, positive(m)), tags: solver.coreTags });
    } else if (union.provesOnModel([m], demanded)) {
      markAll(reachable, facts.witness[m] ?? EMPTY);
    } else if (greedy.completesOn(base, [m], demanded, isFalse) || greedy.completesOn(lastModel, [m], demanded, isFalse)) {
      markAll(reachable, greedy.gathered);
    } else if (solver.solve([...decisions, positive(m)])) {
      lastModel = solver.trueModules();
      markAll(reachable, lastModel);
    } else {
      blocked.push({ module: m, core: without(solver.core, positive(m)), tags: solver.coreTags });
    }
  }
  const selectable: number[] = [];
  for (let m = 0; m < count; m++) if (reachable[m] && !chosen[m]) selectable.push(m);
  return { consistent: true, selectable, implied: impliedModules(solver, decisions, base.filter((v) => !chosen[v])), blocked, solver };
}

/** The candidates (modules of a first model) that every model contains, each with its refutation. */
function impliedModules(solver: ReturnType<typeof solverWithFacts>, decisions: readonly number[], candidates: number[]): Refutation[] {
  const implied: Refutation[] = [];
  let open = candidates;
  while (open.length > 0) {
    const [c, ...rest] = open as [number, ...number[]];
    if (solver.solve([...decisions, negative(c)])) {
      const model = new Set(solver.trueModules());
      open = rest.filter((v) => model.has(v));
    } else {
      implied.push({ module: c, core: without(solver.core, negative(c)), tags: solver.coreTags });
      open = rest;
    }
  }
  return implied.sort((a, b) => a.module - b.module);
}

const EMPTY = new Int32Array();

/** Marks modules as reachable. */
function markAll(marks: Uint8Array, modules: ArrayLike<number>): void {
  for (let i = 0; i < modules.length; i++) marks[modules[i] ?? 0] = 1;
}

/**
 * The literals of a refutation other than `lit` (a plain loop: a closure over a loop
 * variable makes the loop allocate a context on every turn, ~0.5 MB per call here).
 */
export function without(literals: readonly number[], lit: number): number[] {
  const result: number[] = [];
  for (let i = 0; i < literals.length; i++) if (literals[i] !== lit) result.push(literals[i] ?? 0);
  return result;
}
