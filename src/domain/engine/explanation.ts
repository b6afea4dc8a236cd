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
 * `qualifications`; remove any one and the conclusion no longer holds) and the `rules`
 * connecting them (catalog rule ids, `drawer:<id>`, `qualification:<id>`).
 * `conflict`: the decisions themselves admit no valid completion, so nothing can be
 * added; `modules` and `qualifications` then form a minimal conflict among them. A module
 * the decisions rule out even without the conflict's modules is `blocked` by those (see consistentRest).
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
   * In a configuration in conflict. `inConflict` (`conflict` only): every choice in the conflicts found while taking
   * them apart (one module of each minimal conflict in turn), with their rules, for the card's sentence. `freedBy`: the
   * choices whose removal alone frees this module, for its buttons (« Retirer X » did not free a card while another
   * conflict remained); empty when none does (the banner's repairs do).
   */
  inConflict?: { modules: string[]; qualifications: string[]; rules: string[] };
  freedBy?: { modules: string[]; qualifications: string[] };
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

export function explainLookAhead(model: ConstraintModel, decisions: number[], look: LookAhead = lookAhead(model, decisions)): ConfigurationExplanations {
  const facts = catalogFacts(model);
  const tools = { model, solver: look.solver ?? solverWithFacts(model, facts), greedy: new GreedyCompletion(model, facts.witness), alternativeGreedy: new GreedyCompletion(model, facts.alternative), union: new WitnessUnion(model, facts), alternative: facts.alternative, dead: facts.dead, models: new ModelMemory(model.moduleIds.length) };
  const describe = (kind: Explanation['kind'], module: number, { core, tags }: MinimalCore): Explanation => {
    const { modules, qualifications } = describeDecisions(model, core);
    return { kind, module: model.moduleIds[module] ?? '', modules, qualifications, rules: ruleIds(model, tags) };
  };
  if (!look.consistent && look.conflict) {
    const first = minimalCore(tools, look.conflict);
    const conflict = describe('conflict', -1, first);
    const chosen = new Set(decisions.map((lit) => lit >> 1));
    // A module the rest of the decisions rule out on their own says so (« SecNumCloud écarte ce module »), not the conflict.
    // No decisions at all: a catalog that admits nothing; there is no rest to explain by.
    const rest = decisions.length > 0 ? consistentRest(model, tools, decisions, first) : null;
    const own = new Map(rest && rest.look.consistent ? explainLookAhead(model, rest.decisions, rest.look).blocked.map((e) => [e.module, e]) : []);
    const cores = rest?.cores ?? [first];
    const inConflict = { ...describeDecisions(model, [...new Set(cores.flatMap((c) => c.core))]), rules: ruleIds(model, [...new Set(cores.flatMap((c) => c.tags))]) };
    // Each choice in a conflict or in a reason of its own, taken out alone: what it frees, if that leaves no conflict.
    const named = new Set([...own.values()].flatMap((e) => [...e.modules, ...e.qualifications]));
    const candidates = new Set([...cores.flatMap((c) => c.core), ...decisions.filter((lit) => named.has(decisionId(model, lit)))]);
    const freeing = [...candidates].map((lit) => {
      const without = lookAhead(model, decisions.filter((d) => d !== lit));
      return { lit, frees: new Set(without.consistent ? without.selectable : []) };
    });
    const freedBy = (v: number) => describeDecisions(model, freeing.filter((f) => f.frees.has(v)).map((f) => f.lit));
    const blocked = model.moduleIds.flatMap((module, v): Explanation[] => {
      if (chosen.has(v)) return [];
      const ownReason = own.get(module);
      return [ownReason ? { ...ownReason, freedBy: freedBy(v) } : { ...conflict, module, inConflict, freedBy: freedBy(v) }];
    });
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

/** The id a decision literal stands for: a module's, or a demanded qualification's. */
function decisionId(model: ConstraintModel, lit: number): string {
  const v = lit >> 1;
  return v < model.moduleIds.length ? (model.moduleIds[v] ?? '') : (model.qualificationIds[v - model.moduleIds.length] ?? '');
}

/**
 * The decisions without the modules that put them in conflict: one module of each minimal conflict is taken out (the
 * latest in the catalog), until what remains has a completion. A conflict of qualifications alone loses one of them.
 */
function consistentRest(model: ConstraintModel, tools: Parameters<typeof minimalCore>[0], decisions: number[], first: MinimalCore): { decisions: number[]; look: LookAhead; cores: MinimalCore[] } {
  let rest = decisions;
  let core = first;
  const cores = [first];
  for (;;) {
    const modules = core.core.filter((lit) => lit >> 1 < model.moduleIds.length);
    const out = Math.max(...(modules.length > 0 ? modules : core.core));
    rest = rest.filter((lit) => lit !== out);
    // Its look-ahead is handed on: the explanations of the rest start from it instead of computing it again.
    const look = lookAhead(model, rest);
    if (look.consistent || !look.conflict || rest.length === 0) return { decisions: rest, look, cores };
    core = minimalCore(tools, look.conflict);
    cores.push(core);
  }
}

/**
 * Rule ids of tags, in catalog order: a copy sorted by insertion, without a comparator
 * (hundreds of explanations per call on a large catalog, a few rules each).
 */
function ruleIds(model: ConstraintModel, tags: readonly number[]): string[] {
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
