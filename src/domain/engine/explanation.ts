import type { Catalog } from '../catalog-schema';
import type { Configuration } from '../configuration';
import { constraintModel, negative, positive, type ConstraintModel } from './constraint-model';
import { decisionLiterals, describeDecisions } from './decisions';
import { lookAhead, type LookAhead } from './look-ahead';
import { minimalCore, type MinimalCore } from './minimal-core';
import { minimalCores } from './minimal-cores';
import { ModelMemory } from './model-memory';
import { catalogFacts, solverWithFacts, type CatalogFacts } from './catalog-facts';
import { GreedyCompletion } from './greedy-completion';
import { singleBlockers } from './single-blockers';
import { WitnessUnion } from './witness-union';

/**
 * Why a module is blocked or implied, as data the UI can turn into buttons ("Retirer X"):
 * a minimal set of the buyer's own decisions (selected `modules`, demanded
 * `qualifications`; remove any one and this reason no longer holds, though another may: see
 * `freedOnlyTogether`) and the `rules`
 * connecting them (catalog rule ids, `drawer:<id>`, `qualification:<id>`).
 * `conflict`: the decisions themselves admit no valid completion, so nothing can be
 * added; `modules` and `qualifications` then form a minimal conflict among them (conflict-explanation.ts says more,
 * off the click: every choice in conflict, a module's own reason, the choices that free it).
 * No decisions for `blocked` means the catalog alone never lets the module in.
 */
export interface Explanation {
  kind: 'blocked' | 'implied' | 'conflict';
  module: string;
  modules: string[];
  qualifications: string[];
  /** Shared between calls for modules the catalog never allows (hundreds of rules each): read, never change. */
  rules: readonly string[];
  /**
   * Set by conflict-explanation.ts only: `inConflict` (`conflict`), every choice in the conflicts found while taking
   * them apart, with their rules, for the card's sentence. Set by it and by blocked-explanation.ts: `freedBy`, the
   * choices whose removal alone frees this module, for its buttons (« Retirer X » did not free a card while another
   * conflict, or another reason, remained); in a conflict, empty when none does.
   */
  inConflict?: { modules: string[]; qualifications: string[]; rules: string[] };
  freedBy?: { modules: string[]; qualifications: string[] };
  /**
   * Set by blocked-explanation.ts only, when no single choice frees the module: `modules` and `qualifications` are then
   * every choice to take back together, `rules` every rule that held it.
   */
  freedOnlyTogether?: true;
}

export interface ConfigurationExplanations {
  /** One per module neither selected nor selectable, catalog order. */
  blocked: Explanation[];
  /** One per implied module, catalog order. */
  implied: Explanation[];
}

/** Explains every blocked and every implied module of a configuration in one pass. */
export function explainConfiguration(catalog: Catalog, configuration: Configuration): ConfigurationExplanations {
  const model = constraintModel(catalog);
  return explainLookAhead(model, decisionLiterals(model, configuration));
}

/** The explanation for one module, or null when it is selected or freely selectable and not implied. */
export function explainModule(catalog: Catalog, configuration: Configuration, module: string): Explanation | null {
  const { blocked, implied } = explainConfiguration(catalog, configuration);
  return [...blocked, ...implied].find((e) => e.module === module) ?? null;
}

/** What shrinking cores needs, starting from a look-ahead's solver. */
export function coreTools(model: ConstraintModel, look: Pick<LookAhead, 'solver'>) {
  const facts = catalogFacts(model);
  return { model, solver: look.solver ?? solverWithFacts(model, facts), greedy: new GreedyCompletion(model, facts.witness), alternativeGreedy: new GreedyCompletion(model, facts.alternative), union: new WitnessUnion(model, facts), alternative: facts.alternative, dead: facts.dead, models: new ModelMemory(model.moduleIds.length) };
}

export function explainLookAhead(model: ConstraintModel, decisions: number[], look: LookAhead = lookAhead(model, decisions)): ConfigurationExplanations {
  const facts = catalogFacts(model);
  const tools = coreTools(model, look);
  const describe = (kind: Explanation['kind'], module: number, { core, tags }: MinimalCore): Explanation => {
    const { modules, qualifications } = describeDecisions(model, core);
    return { kind, module: model.moduleIds[module] ?? '', modules, qualifications, rules: ruleIds(model, tags) };
  };
  if (!look.consistent && look.conflict) {
    const conflict = describe('conflict', -1, minimalCore(tools, look.conflict));
    const chosen = new Set(decisions.map((lit) => lit >> 1));
    const blocked = model.moduleIds.filter((_, v) => !chosen.has(v)).map((module) => ({ ...conflict, module }));
    return { blocked, implied: [] };
  }
  const notDead = look.blocked.filter((r) => !facts.dead[r.module]);
  const single = singleBlockers(tools.solver, decisions, notDead);
  const live = notDead.map((r) => single.get(r.module) ?? r);
  // Jobs built property by property: spreading refutations of varied shapes made ~300 bytes each.
  const cores = minimalCores(tools, live.map((r) => ({ core: r.core, tags: r.tags, target: positive(r.module) })));
  const blocked = new Map(live.map((r, i) => [r.module, describe('blocked', r.module, cores[i] ?? r)]));
  const implied = minimalCores(tools, look.implied.map((r) => ({ core: r.core, tags: r.tags, target: negative(r.module) })));
  const deadRules = deadModuleRules(model, facts);
  return {
    blocked: look.blocked.map((r) => blocked.get(r.module) ?? { kind: 'blocked', module: model.moduleIds[r.module] ?? '', modules: [], qualifications: [], rules: deadRules[r.module] ?? [] }),
    implied: look.implied.map((r, i) => describe('implied', r.module, implied[i] ?? r)),
  };
}

/**
 * Rule ids of tags, in the model's order (qualifications' rules, then the catalog's, then drawers'): a copy sorted by
 * insertion, without a comparator (hundreds of explanations per call on a large catalog, a few rules each).
 */
export function ruleIds(model: ConstraintModel, tags: readonly number[]): string[] {
  const sorted = tags.slice();
  for (let i = 1; i < sorted.length; i++) {
    const tag = sorted[i] ?? 0;
    let k = i;
    for (; k > 0 && (sorted[k - 1] ?? 0) > tag; k--) sorted[k] = sorted[k - 1] ?? 0;
    sorted[k] = tag;
  }
  const ids = new Array<string>(sorted.length);
  for (let i = 0; i < sorted.length; i++) ids[i] = model.tags[sorted[i] ?? 0] ?? '';
  return ids;
}

const deadRulesCache = new WeakMap<ConstraintModel, readonly (readonly string[])[]>();

/**
 * The rule ids behind each module the catalog never allows, worked out once per
 * catalog: on a large catalog they run to some hundred rules each for hundreds of
 * modules, the same on every call, so every call shares the same frozen arrays
 * (copying them cost ~100,000 entries per call on the 2,000-module bench catalog).
 */
function deadModuleRules(model: ConstraintModel, facts: CatalogFacts): readonly (readonly string[])[] {
  let rules = deadRulesCache.get(model);
  if (rules === undefined) {
    rules = facts.deadTags.map((tags) => Object.freeze(tags.map((t) => model.tags[t] ?? '')));
    deadRulesCache.set(model, rules);
  }
  return rules;
}
