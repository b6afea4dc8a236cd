import { negative, positive, type ConstraintModel } from './constraint-model';
import { Solver } from './solver';

/**
 * What holds for a catalog whatever the buyer does, computed once per catalog: the
 * modules no configuration can contain (with the rules that shut them out), and for
 * every other module a witness, a small valid selection containing it. Witnesses let
 * the engine prove most modules selectable without a solver call (see witness-union.ts).
 */
export interface CatalogFacts {
  dead: Uint8Array;
  deadTags: readonly (readonly number[])[];
  witness: readonly (Int32Array | null)[];
  /** A second witness per module, found trying the last options first (the first witness when the search finds the same). */
  alternative: readonly (Int32Array | null)[];
  /** A solver told the dead modules (as rule-less facts) and settled; copied, never used directly. */
  prepared: Solver;
}

const cache = new WeakMap<ConstraintModel, CatalogFacts>();

export function catalogFacts(model: ConstraintModel): CatalogFacts {
  const cached = cache.get(model);
  if (cached) return cached;
  const count = model.moduleIds.length;
  const solver = new Solver(model);
  const dead = new Uint8Array(count);
  const deadTags: number[][] = Array.from({ length: count }, () => []);
  const witness: (Int32Array | null)[] = Array.from({ length: count }, () => null);
  for (let m = 0; m < count; m++) {
    if (solver.solve([positive(m)])) {
      witness[m] = Int32Array.from(solver.trueModules());
    } else {
      dead[m] = 1;
      deadTags[m] = [...solver.coreTags].sort((a, b) => a - b);
    }
  }
  const searcher = new Solver(model);
  searcher.lastOptionFirst = true;
  dead.forEach((isDead, m) => {
    if (isDead) searcher.addFact(negative(m), []);
  });
  const alternative = witness.map((w, m) => (w !== null && searcher.solve([positive(m)]) ? Int32Array.from(searcher.trueModules()) : w));
  const prepared = new Solver(model);
  dead.forEach((isDead, m) => {
    if (isDead) prepared.addFact(negative(m), []);
  });
  prepared.settle();
  const facts = { dead, deadTags, witness, alternative, prepared };
  cache.set(model, facts);
  return facts;
}

/**
 * A solver for one engine call, told the catalog's dead modules up front. They carry no
 * rules: an explanation names the rules that link the buyer's decisions to a module,
 * not why some other module is never available (the catalog linter reports that).
 */
export function solverWithFacts(_model: ConstraintModel, facts: CatalogFacts): Solver {
  const spare = spares.get(facts)?.pop();
  if (spare === undefined) return facts.prepared.copy();
  spare.resetFrom(facts.prepared);
  return spare;
}

/** Solvers handed back after an engine call, reset before their next use (never shared by two calls). */
const spares = new WeakMap<CatalogFacts, Solver[]>();
const SPARES = 2;

/**
 * Hands back a solver from `solverWithFacts` once the call that used it has finished
 * with it and with everything read from it: the next call resets and reuses its memory
 * instead of copying the prepared solver again (about 1 MB on a 2,000-module catalog).
 */
export function returnSolver(model: ConstraintModel, solver: Solver | undefined): void {
  if (solver === undefined) return;
  const facts = catalogFacts(model);
  const list = spares.get(facts) ?? [];
  if (list.length < SPARES && !list.includes(solver)) list.push(solver);
  spares.set(facts, list);
}
