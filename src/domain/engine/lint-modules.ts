import type { Catalog } from '../catalog-schema';
import { catalogFacts } from './catalog-facts';
import { constraintModel, negative, positive, type ConstraintModel } from './constraint-model';
import type { CatalogFinding } from './lint-finding';
import { minimalCore } from './minimal-core';
import { ModelMemory } from './model-memory';
import { GreedyCompletion } from './greedy-completion';
import { Solver } from './solver';
import { WitnessUnion } from './witness-union';

const MAX_SETS_PER_MODULE = 4;

/**
 * Modules no valid configuration contains, from an empty configuration and under
 * demanded qualifications that do not rule them out by themselves (the module holds
 * them, or they do not apply to its drawer). Selectability only shrinks as qualifications are added, so
 * one solver call per module settles every set of the qualifications it holds; when
 * that fails, the minimal blocking sets are found from refutation cores, not by
 * trying every subset.
 */
export function neverSelectable(catalog: Catalog): CatalogFinding[] {
  const model = constraintModel(catalog);
  const facts = catalogFacts(model);
  const solver = new Solver(model);
  const tools = { model, solver: new Solver(model), greedy: new GreedyCompletion(model, facts.witness), alternativeGreedy: new GreedyCompletion(model, facts.alternative), union: new WitnessUnion(model, facts), alternative: facts.alternative, dead: new Uint8Array(model.moduleIds.length), models: new ModelMemory(model.moduleIds.length) };
  const tagIds = (tags: readonly number[]) => tags.map((t) => model.tags[t] ?? '');
  return model.moduleIds.flatMap((module, m): CatalogFinding[] => {
    if (facts.dead[m]) return [{ kind: 'never-selectable', module, rules: tagIds(facts.deadTags[m] ?? []) }];
    const notRulingOut = model.qualificationIds.map((_, i) => model.moduleIds.length + i).filter((q) => !(model.ruledOutBy[m] ?? []).includes(q));
    const sets = blockingSets(solver, notRulingOut.map(positive), positive(m)).map((set) => minimalCore(tools, { core: set, tags: [] }, positive(m)).core);
    return sets
      .filter((set, i) => sets.findIndex((other) => other.join() === set.join()) === i)
      .map((core): CatalogFinding => {
        solver.solve([...core, positive(m)]);
        const rules = tagIds([...solver.coreTags].sort((a, b) => a - b));
        const qualifications = core.map((lit) => qualificationId(model, lit));
        const own = catalog.modules[m];
        // Not ruled out by itself: the module holds it, or it does not apply to the module's drawer.
        const holds = qualifications.filter((q) => own?.qualifications.includes(q));
        return { kind: 'never-selectable-under-demand', module, drawer: own?.drawer ?? '', qualifications, held: holds, rules };
      });
  });
}

/** Sets of demanded-qualification literals from `pool` under which `target` is refuted, each leaving out one of the sets before. */
function blockingSets(solver: Solver, pool: number[], target: number, found: number[][] = []): number[][] {
  if (found.length >= MAX_SETS_PER_MODULE || solver.solve([...pool, target])) return found;
  const core = solver.core.filter((lit) => lit !== target).sort((a, b) => a - b);
  if (!found.some((set) => set.join() === core.join())) found.push(core);
  for (const lit of core) blockingSets(solver, pool.filter((q) => q !== lit), target, found);
  return found;
}
const qualificationId = (model: ConstraintModel, lit: number): string => model.qualificationIds[(lit >> 1) - model.moduleIds.length] ?? '';

/** Modules that every valid configuration holding any other live module contains. */
export function alwaysImplied(catalog: Catalog): CatalogFinding[] {
  const model = constraintModel(catalog);
  const facts = catalogFacts(model);
  const live = model.moduleIds.map((_, m) => m).filter((m) => !facts.dead[m]);
  if (live.length < 2) return [];
  const solver = new Solver(model);
  let candidates = live;
  for (const x of live) {
    if (candidates.length === 0) break;
    if (!solver.solve([positive(x)])) continue;
    const model_ = new Set(solver.trueModules());
    candidates = candidates.filter((c) => c === x || model_.has(c));
  }
  return candidates
    .filter((c) => live.every((x) => x === c || !solver.solve([positive(x), negative(c)])))
    .map((c) => ({ kind: 'always-implied', module: model.moduleIds[c] ?? '' }));
}
