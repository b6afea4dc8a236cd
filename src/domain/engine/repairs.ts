import type { Catalog } from '../catalog-schema';
import type { Configuration } from '../configuration';
import { catalogFacts, solverWithFacts } from './catalog-facts';
import { constraintModel, positive, type ConstraintModel } from './constraint-model';
import { decisionLiterals } from './decisions';
import { diagnoses, fastDiag, sameSet } from './fast-diag';
import { ofModuleChanges, repairQuantities } from './quantity-repair';
import type { Solver } from './solver';
import { selfSupporting } from './closed-world';
import { findViolations } from './violations';

export type RepairAction =
  | { kind: 'remove'; module: string }
  | { kind: 'drop-requirement'; qualification: string }
  | { kind: 'add'; module: string }
  | { kind: 'set-quantity'; module: string; quantity: number; rule: string };

/** One way out of a violated configuration: the actions, and the configuration they lead to. */
export interface Repair {
  actions: RepairAction[];
  configuration: Configuration;
}

const ALTERNATIVES = 3;

/**
 * Up to three repairs for a violated configuration, best first (none when it is valid).
 * When the decisions admit no valid completion, minimal sets of decisions to drop
 * (FastDiag diagnoses, the most recent decisions dropped first, and the demands alone); then, for an unmet
 * `requires`, one repair per option that completes the selection (with whatever that
 * option needs in turn), and one that removes modules instead; finally the nearest
 * quantities that satisfy the quantity rules, then, for a rule over one chosen module, that
 * module moved instead (the constrained module's quantity, the buyer's figure, kept). Fewer
 * removals rank first.
 */
export function repairConfiguration(catalog: Catalog, configuration: Configuration): Repair[] {
  if (findViolations(catalog, configuration).length === 0) return [];
  const model = constraintModel(catalog);
  const solver = solverWithFacts(model, catalogFacts(model));
  const decisions = decisionLiterals(model, configuration);
  const consistent = (kept: readonly number[]): boolean => solver.solve([...kept].sort((a, b) => a - b));
  const repairs: { repair: Repair; removals: number; rank: number }[] = [];
  const found = diagnoses([...decisions].reverse(), consistent, ALTERNATIVES);
  // The demands are the oldest decisions, so the preferred diagnoses drop modules; one that drops demands alone is
  // reached only by keeping modules, one then two at a time, within the budget: two demands that no module breaks both
  // of (SecNumCloud and CSPN) were never waived together, and a repair removing 14 modules came first. Asked directly.
  const demands = decisionLiterals(model, { ...configuration, items: [] });
  const waived = demands.length > 0 ? fastDiag(demands, decisionLiterals(model, { ...configuration, requirements: [] }), consistent) : null;
  if (waived && waived.length > 0 && !found.some((d) => sameSet(d, waived))) found.push(waived);
  found.forEach((removal, rank) => {
    for (const repair of completions(catalog, model, solver, configuration, removal)) {
      repairs.push({ repair, removals: repair.actions.filter((a) => a.kind === 'remove' || a.kind === 'drop-requirement').length, rank });
    }
  });
  // The buyer's own figure kept: a quantity rule met by moving its one `of` module instead, when that alone leaves the
  // configuration valid (ranked after the nearest quantity of the module the rule constrains).
  for (const moved of ofModuleChanges(catalog, configuration.items)) {
    const repaired = { ...configuration, items: moved.items };
    if (findViolations(catalog, repaired).length > 0) continue;
    repairs.push({ repair: { actions: moved.changes.map((c) => ({ kind: 'set-quantity' as const, ...c })), configuration: repaired }, removals: 0, rank: ALTERNATIVES });
  }
  return repairs
    // A quantity rule no quantity of its module can meet (« at least 10 001 » on a module sold up to 10 000) leaves a
    // « repair » that changes nothing: not one to offer.
    .filter((r) => r.repair.actions.length > 0)
    .sort((a, b) => a.removals - b.removals || a.rank - b.rank || a.repair.actions.length - b.repair.actions.length)
    .map((r) => r.repair)
    .filter((r, i, all) => all.findIndex((o) => sameActions(o.actions, r.actions)) === i)
    .filter((r, _, all) => !all.some((o) => o !== r && o.actions.length < r.actions.length && o.actions.every((a) => r.actions.some((b) => sameActions([a], [b])))))
    .slice(0, ALTERNATIVES);
}

/** The repairs that drop `removal` and then meet every `requires`, by adding or by removing. */
function completions(catalog: Catalog, model: ConstraintModel, solver: Solver, configuration: Configuration, removal: number[]): Repair[] {
  const base = withoutDecisions(model, configuration, removal);
  const violated = new Set(findViolations(catalog, base).map((v) => v.rule));
  const unmet = catalog.rules.find((r) => r.type === 'requires' && violated.has(r.id));
  if (!unmet || unmet.type !== 'requires') return [finish(catalog, configuration, base)];
  const kept = decisionLiterals(model, base).sort((a, b) => a - b);
  const added = unmet.anyOf.flatMap((option) => {
    const v = model.moduleVariable.get(option);
    if (v === undefined || !solver.solve([...kept, positive(v)])) return [];
    const chosen = new Set(base.items.map((i) => i.module));
    const extra = solver.trueModules().sort((a, b) => a - b).map((m) => model.moduleIds[m] ?? '').filter((id) => !chosen.has(id));
    return [finish(catalog, configuration, { ...base, items: [...base.items, ...extra.map((id) => ({ module: id, quantity: defaultQuantity(catalog, id) }))] })];
  });
  // Removing modules instead: the one whose requirement is unmet, and whatever needed it in turn.
  // (Not FastDiag: "breaks nothing as it stands" is not monotone — dropping a module can unmeet
  // another's requirement — so FastDiag's halving could drop a module that had to stay.)
  const demanded = decisionLiterals(model, { ...base, items: [] }).map((lit) => lit >> 1);
  const itemVariables = base.items.map((i) => model.moduleVariable.get(i.module) ?? 0);
  const staying = new Set(selfSupporting(model, itemVariables, demanded).map((v) => model.moduleIds[v]));
  const smaller = { ...base, items: base.items.filter((i) => staying.has(i.module)) };
  return [...added, finish(catalog, configuration, smaller)];
}

function withoutDecisions(model: ConstraintModel, configuration: Configuration, removal: number[]): Configuration {
  const dropped = new Set(removal.map((lit) => lit >> 1));
  return {
    ...configuration,
    items: configuration.items.filter((i) => !dropped.has(model.moduleVariable.get(i.module) ?? -1)),
    requirements: configuration.requirements.filter((q) => !dropped.has(model.qualificationVariable.get(q) ?? -1)),
  };
}

/** Adds the quantity changes and describes the repair as actions against the original configuration. */
function finish(catalog: Catalog, original: Configuration, target: Configuration): Repair {
  const { items, changes } = repairQuantities(catalog, target.items);
  const before = new Set(original.items.map((i) => i.module));
  const after = new Set(items.map((i) => i.module));
  const actions: RepairAction[] = [
    ...original.items.filter((i) => !after.has(i.module)).map((i) => ({ kind: 'remove' as const, module: i.module })),
    ...original.requirements.filter((q) => !target.requirements.includes(q)).map((q) => ({ kind: 'drop-requirement' as const, qualification: q })),
    ...items.filter((i) => !before.has(i.module)).map((i) => ({ kind: 'add' as const, module: i.module })),
    ...changes.map((c) => ({ kind: 'set-quantity' as const, ...c })),
  ];
  return { actions, configuration: { ...target, items } };
}

const defaultQuantity = (catalog: Catalog, id: string): number => catalog.modules.find((m) => m.id === id)?.quantity.default ?? 1;
const sameActions = (a: RepairAction[], b: RepairAction[]): boolean => JSON.stringify(a) === JSON.stringify(b);
