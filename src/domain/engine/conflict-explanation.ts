import type { Catalog } from '../catalog-schema';
import type { Configuration } from '../configuration';
import { constraintModel, type ConstraintModel } from './constraint-model';
import { decisionLiterals, describeDecisions } from './decisions';
import { returnSolver } from './catalog-facts';
import { coreTools, explainLookAhead, ruleIds, type Explanation } from './explanation';
import { lookAhead, type LookAhead } from './look-ahead';
import { minimalCore, type MinimalCore } from './minimal-core';

/**
 * The blocked modules of a configuration in conflict, said more fully than explainLookAhead does (which gives each one
 * minimal conflict, at once, in the click): a module the rest of the decisions rule out on their own gives that reason
 * (« vous exigez la qualification SecNumCloud »); any other names every choice in conflict (`inConflict`); and each
 * carries the choices whose removal alone frees it (`freedBy`), for its buttons. Worked out after the click, in a file
 * of its own (several look-aheads; off the first screen). Null when the configuration is not in conflict.
 */
export function explainConflict(catalog: Catalog, configuration: Configuration): Explanation[] | null {
  const model = constraintModel(catalog);
  const decisions = decisionLiterals(model, configuration);
  const look = lookAhead(model, decisions);
  if (look.consistent || !look.conflict || decisions.length === 0) return null;
  const { blocked: basic } = explainLookAhead(model, decisions, look);
  const tools = coreTools(model, look);
  const rest = consistentRest(model, tools, decisions, minimalCore(tools, look.conflict));
  const own = new Map(rest.look.consistent ? explainLookAhead(model, rest.decisions, rest.look).blocked.map((e) => [e.module, e]) : []);
  // Each look-ahead's solver, once read, is handed back for the next one: copying the catalog's prepared solver for
  // every look-ahead took half of this call on a 200-module catalog.
  returnSolver(model, rest.look.solver);
  const inConflict = { ...describeDecisions(model, [...new Set(rest.cores.flatMap((c) => c.core))]), rules: ruleIds(model, [...new Set(rest.cores.flatMap((c) => c.tags))]) };
  // Each choice in a conflict or in a reason of its own, taken out alone: what it frees, if that leaves no conflict.
  const named = new Set([...own.values()].flatMap((e) => [...e.modules.map((m) => model.moduleVariable.get(m)), ...e.qualifications.map((q) => model.qualificationVariable.get(q))]));
  const candidates = new Set([...rest.cores.flatMap((c) => c.core), ...decisions.filter((lit) => named.has(lit >> 1))]);
  const freeing = [...candidates].map((lit) => {
    const without = lookAhead(model, decisions.filter((d) => d !== lit));
    returnSolver(model, without.solver);
    return { lit, frees: new Set(without.consistent ? without.selectable : []) };
  });
  const freedBy = (module: string) => {
    const v = model.moduleVariable.get(module);
    return describeDecisions(model, freeing.filter((f) => v !== undefined && f.frees.has(v)).map((f) => f.lit));
  };
  return basic.map((e) => {
    const ownReason = own.get(e.module);
    return ownReason ? { ...ownReason, freedBy: freedBy(e.module) } : { ...e, inConflict, freedBy: freedBy(e.module) };
  });
}

/**
 * The decisions without the modules that put them in conflict: one module of each minimal conflict is taken out (the
 * latest in the catalog), until what remains has a completion (its look-ahead handed on); a conflict of qualifications
 * alone loses one of them. With the minimal conflicts met on the way.
 */
function consistentRest(model: ConstraintModel, tools: ReturnType<typeof coreTools>, decisions: number[], first: MinimalCore): { decisions: number[]; look: LookAhead; cores: MinimalCore[] } {
  let rest = decisions;
  let core = first;
  const cores = [first];
  for (;;) {
    const modules = core.core.filter((lit) => lit >> 1 < model.moduleIds.length);
    const out = Math.max(...(modules.length > 0 ? modules : core.core));
    rest = rest.filter((lit) => lit !== out);
    const look = lookAhead(model, rest);
    if (look.consistent || !look.conflict || rest.length === 0) return { decisions: rest, look, cores };
    core = minimalCore(tools, look.conflict);
    cores.push(core);
  }
}
