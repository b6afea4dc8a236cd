import type { Catalog, Rule } from '../catalog-schema';
import type { CatalogFacts } from './catalog-facts';
import type { ConstraintModel } from './constraint-model';
import { GreedyCompletion } from './greedy-completion';
import type { CatalogFinding } from './lint-finding';
import { RuleSwitches } from './lint-rule-switches';
import { withoutRule } from './lint-without-rule';
import { Solver } from './solver';

/**
 * Whether the other rules already enforce a hard rule. Most rules are not redundant,
 * and a valid selection of the catalog without the rule that breaks it proves so: first
 * a greedy completion on the model with the rule's clause or group left out, then one
 * solver over the catalog with a switch per rule (`lint-rule-switches.ts`), both shared
 * by all rules. Only a redundant rule gets a solver of its own, on the model without
 * the rule, as every rule did before: its refutation names the rules that enforce it
 * instead, and must name the same ones.
 */
export class RedundancyCheck {
  /** The model's `requiresOf` and `groupsOf`, each rule's own clause or group left out while it is checked. */
  private readonly view: ConstraintModel & { requiresOf: number[][]; groupsOf: number[][] };
  private readonly greedies: readonly GreedyCompletion[];
  private readonly clauseOf: Int32Array;
  private readonly groupOf: Int32Array;
  private readonly tagOf: ReadonlyMap<string, number>;
  private readonly switches: RuleSwitches;
  /** Modules a breach wants absent: `stamp` when so. */
  private readonly absent: Int32Array;
  private stamp = 0;
  private readonly isAbsent = (v: number): boolean => this.absent[v] === this.stamp;

  constructor(catalog: Catalog, private readonly model: ConstraintModel, facts: CatalogFacts) {
    this.view = { ...model, requiresOf: [...model.requiresOf], groupsOf: [...model.groupsOf] };
    this.greedies = [new GreedyCompletion(this.view, facts.witness), new GreedyCompletion(this.view, facts.alternative)];
    this.clauseOf = indexByTag(model.tags.length, model.clauseTag);
    this.groupOf = indexByTag(model.tags.length, model.groupTag);
    this.tagOf = new Map(model.tags.map((id, t) => [id, t]));
    this.absent = new Int32Array(model.moduleIds.length);
    const ruleIds = new Set(catalog.rules.map((r) => r.id));
    this.switches = new RuleSwitches(model, (t) => ruleIds.has(model.tags[t] ?? ''));
  }

  /** Redundant when every way of breaking the rule (each list of literals) is refuted by the other rules. */
  findings(rule: Rule, breaches: readonly number[][]): CatalogFinding[] {
    const tag = this.tagOf.get(rule.id) ?? -1;
    if (this.breakable(tag, breaches) || breaches.some((breach) => this.switches.allows(tag, breach))) return [];
    const others = withoutRule(this.model, tag);
    const solver = new Solver(others);
    const tags = new Set<number>();
    for (const breach of breaches) {
      if (solver.solve(breach)) return [];
      for (const t of solver.coreTags) tags.add(t);
    }
    return [{ kind: 'redundant', rule: rule.id, impliedBy: [...tags].sort((a, b) => a - b).map((t) => others.tags[t] ?? '') }];
  }

  /** True when a greedy completion finds a valid selection of the whole catalog meeting `lits`; false proves nothing. */
  completes(lits: readonly number[]): boolean {
    return this.breaks(lits);
  }

  /** True when a greedy completion breaks one of `breaches` without the rule behind `tag`; false proves nothing. */
  private breakable(tag: number, breaches: readonly number[][]): boolean {
    const clause = tag < 0 ? -1 : this.clauseOf[tag] ?? -1;
    const group = tag < 0 ? -1 : this.groupOf[tag] ?? -1;
    const antecedent = clause < 0 ? -1 : (this.model.clauses[clause]?.[0] ?? 0) >> 1;
    const members = group < 0 ? EMPTY : this.model.groups[group] ?? EMPTY;
    if (antecedent >= 0) this.view.requiresOf[antecedent] = without(this.model.requiresOf[antecedent] ?? [], clause);
    members.forEach((m) => { this.view.groupsOf[m] = without(this.model.groupsOf[m] ?? [], group); });
    const broken = breaches.some((breach) => this.breaks(breach));
    if (antecedent >= 0) this.view.requiresOf[antecedent] = this.model.requiresOf[antecedent] ?? [];
    members.forEach((m) => { this.view.groupsOf[m] = this.model.groupsOf[m] ?? []; });
    return broken;
  }

  private breaks(breach: readonly number[]): boolean {
    this.stamp++;
    const present: number[] = [];
    for (const lit of breach) {
      if (lit & 1) this.absent[lit >> 1] = this.stamp;
      else present.push(lit >> 1);
    }
    return this.greedies.some((greedy) => greedy.completes(present, [], this.isAbsent));
  }
}

const EMPTY = new Int32Array();

const without = (list: readonly number[], removed: number): number[] => list.filter((x) => x !== removed);

/** For each tag, the clause (or group) it stands behind, -1 for none. */
function indexByTag(tagCount: number, tagOfItem: readonly number[]): Int32Array {
  const result = new Int32Array(tagCount).fill(-1);
  tagOfItem.forEach((t, i) => { result[t] = i; });
  return result;
}
