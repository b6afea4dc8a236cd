import { negative, positive, type ConstraintModel } from './constraint-model';
import { Solver } from './solver';

/**
 * Answers "does the catalog without this one rule allow these literals?" for any hard
 * rule on one solver, built once: each rule's clause, and each pair of its group, gets a
 * switch variable (after all the others) that turns the rule off when true, and a
 * question assumes every other rule's switch false. Exact (a complete search), where
 * the model without the rule would cost a compilation and a solver per rule.
 */
export class RuleSwitches {
  private readonly solver: Solver;
  /** Per rule with a switch, in tag order: the literal keeping it on. */
  private readonly on: number[] = [];
  /** Per tag, its index in `on`, -1 for tags that are no rule's (drawers, qualifications). */
  private readonly switchOf: Int32Array;

  constructor(model: ConstraintModel, isRule: (tag: number) => boolean) {
    this.switchOf = new Int32Array(model.tags.length).fill(-1);
    model.tags.forEach((_, t) => {
      if (isRule(t)) this.switchOf[t] = this.on.push(negative(model.variableCount + this.on.length)) - 1;
    });
    this.solver = new Solver(switchable(model, this.switchOf));
  }

  /** True when some selection meeting every hard constraint except the rule behind `tag` holds all of `lits`. */
  allows(tag: number, lits: readonly number[]): boolean {
    const off = tag < 0 ? -1 : this.switchOf[tag] ?? -1;
    // Switches placed from the last rule down, so questions about rules in catalog order share most of them.
    const assumptions: number[] = [];
    for (let i = this.on.length - 1; i >= 0; i--) if (i !== off) assumptions.push(this.on[i] ?? 0);
    for (const lit of lits) assumptions.push(lit);
    return this.solver.solve(assumptions);
  }
}

/**
 * The model with a switch in every rule's clause (¬A ∨ B ∨ s) and its group as pairs
 * (¬a ∨ ¬b ∨ s, never branched on); `requires` clauses keep their indices, drawers stay
 * at-most-one groups.
 */
function switchable(model: ConstraintModel, switchOf: Int32Array): ConstraintModel {
  const switchLit = (tag: number): number => positive(model.variableCount + (switchOf[tag] ?? 0));
  const isRule = (tag: number): boolean => (switchOf[tag] ?? -1) >= 0;
  const clauses = model.clauses.map((c, i) => {
    const tag = model.clauseTag[i] ?? 0;
    return isRule(tag) ? Int32Array.from([...c, switchLit(tag)]) : c;
  });
  const clauseTag = [...model.clauseTag];
  const groups: Int32Array[] = [];
  const groupTag: number[] = [];
  model.groups.forEach((members, g) => {
    const tag = model.groupTag[g] ?? 0;
    if (!isRule(tag)) {
      groups.push(members);
      groupTag.push(tag);
      return;
    }
    members.forEach((a, i) => members.slice(i + 1).forEach((b) => {
      clauses.push(Int32Array.of(negative(a), negative(b), switchLit(tag)));
      clauseTag.push(tag);
    }));
  });
  const groupsOf: number[][] = model.moduleIds.map(() => []);
  groups.forEach((members, g) => members.forEach((m) => groupsOf[m]?.push(g)));
  const switches = switchOf.reduce((count, s) => (s >= 0 ? count + 1 : count), 0);
  return { ...model, variableCount: model.variableCount + switches, clauses, clauseTag, groups, groupTag, groupsOf };
}
