import { without } from './look-ahead';
import { provesCheaply, refute, type CoreTools, type MinimalCore } from './minimal-core';

/** One refutation to shrink: decisions (literals), its rules, and the literal refuted with them. */
export interface CoreJob extends MinimalCore {
  target?: number;
}

interface State {
  kept: number[];
  tags: readonly number[];
  necessary: number[];
  target?: number;
  done: boolean;
}

/**
 * `minimalCore` for many refutations at once, in rounds: each round tries one deletion
 * per refutation, and asks the solver the remaining questions sorted by their decisions,
 * so questions about the same decisions follow each other and share their propagation.
 */
export function minimalCores(tools: CoreTools, jobs: readonly CoreJob[]): MinimalCore[] {
  const states: State[] = jobs.map((j) => ({
    kept: [...j.core].sort((a, b) => a - b), tags: j.tags, necessary: [], target: j.target,
    // One decision is minimal unless the target fails on its own: no selection can leave out nothing.
    done: j.core.length === 0 || (j.core.length === 1 && (j.target === undefined || (j.target & 1) === 1 || tools.dead[j.target >> 1] !== 1)),
  }));
  lastDecisionAlone(tools, states);
  // Plain loops and helpers: a closure over a loop variable would make every turn
  // allocate a context, for each of hundreds of refutations in every round.
  let open = states.filter((s) => !s.done);
  while (open.length > 0) {
    const questions: Question[] = [];
    for (const state of open) ask(tools, state, questions);
    open = open.filter((s) => !s.done);
    // Same decisions together, later modules first: a model found for a module holds
    // the earlier ones it requires, which then need no search of their own.
    questions.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : (b.state.target ?? 0) - (a.state.target ?? 0)));
    for (const { state, candidate, trial } of questions) {
      const refuted = refute(tools, trial, state.target);
      if (refuted === null) {
        state.necessary.push(candidate);
      } else {
        state.kept = intersection(trial, refuted.core);
        state.tags = refuted.tags;
      }
    }
  }
  return states.map((s) => ({ core: s.kept, tags: s.tags }));
}

interface Question {
  state: State;
  candidate: number;
  trial: number[];
  key: string;
}

/** The refutation's next deletion: settled at once when a cheap proof works, else queued for the solver. */
function ask(tools: CoreTools, state: State, questions: Question[]): void {
  let candidate: number | undefined;
  for (let i = state.kept.length - 1; i >= 0 && candidate === undefined; i--) {
    const lit = state.kept[i] ?? 0;
    if (!state.necessary.includes(lit)) candidate = lit;
  }
  if (candidate === undefined) {
    state.done = true;
    return;
  }
  const trial = without(state.kept, candidate);
  const key = trial.join(',');
  if (provesCheaply(tools, state.target === undefined ? trial : [...trial, state.target], key)) state.necessary.push(candidate);
  else questions.push({ state, candidate, trial, key });
}

/** The literals of `kept` that `used` holds too, in the order of `kept`. */
function intersection(kept: readonly number[], used: readonly number[]): number[] {
  const result: number[] = [];
  for (let i = 0; i < kept.length; i++) if (used.includes(kept[i] ?? 0)) result.push(kept[i] ?? 0);
  return result;
}

/**
 * Before deletion, the last decision of each blocked module's refutation (the one it
 * fell at) is asked alone. Often it blocks the module on its own, though only a search
 * shows it: that decision is then the answer, without removing the others one by one.
 * When it does not, the model found holds that decision and the module, which the
 * deletion of a two-decision core asks for anyway (recorded, it is not searched twice).
 */
function lastDecisionAlone(tools: CoreTools, states: readonly State[]): void {
  const asked = states
    .filter((s) => !s.done && s.kept.length > 1 && s.target !== undefined && (s.target & 1) === 0)
    .map((state) => ({ state, decision: state.kept[state.kept.length - 1] ?? 0 }))
    .sort((a, b) => a.decision - b.decision || (b.state.target ?? 0) - (a.state.target ?? 0));
  for (const { state, decision } of asked) {
    const key = String(decision);
    if (provesCheaply(tools, [decision, state.target ?? 0], key)) continue;
    const refuted = refute(tools, [decision], state.target);
    if (refuted === null) continue;
    state.kept = [decision];
    state.tags = refuted.tags;
    state.done = true;
  }
}
