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
  while (states.some((s) => !s.done)) {
    const questions: { state: State; candidate: number; trial: number[]; key: string }[] = [];
    for (const state of states) {
      const candidate = state.done ? undefined : state.kept.findLast((lit) => !state.necessary.includes(lit));
      if (candidate === undefined) {
        state.done = true;
        continue;
      }
      const trial = state.kept.filter((lit) => lit !== candidate);
      const key = trial.join(',');
      if (provesCheaply(tools, state.target === undefined ? trial : [...trial, state.target], key)) state.necessary.push(candidate);
      else questions.push({ state, candidate, trial, key });
    }
    // Same decisions together, later modules first: a model found for a module holds
    // the earlier ones it requires, which then need no search of their own.
    questions.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : (b.state.target ?? 0) - (a.state.target ?? 0)));
    for (const { state, candidate, trial } of questions) {
      const refuted = refute(tools, trial, state.target);
      if (refuted === null) {
        state.necessary.push(candidate);
      } else {
        const used = new Set(refuted.core);
        state.kept = trial.filter((lit) => used.has(lit));
        state.tags = refuted.tags;
      }
    }
  }
  return states.map((s) => ({ core: s.kept, tags: s.tags }));
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
