import type { Catalog } from '../catalog-schema';

/**
 * The hard constraints of a catalog (spec §2) as propositional logic over booleans:
 * one variable per module (catalog order), then one per qualification ("demanded").
 * A literal is `2 × variable` when true, `2 × variable + 1` when false.
 */
export interface ConstraintModel {
  moduleIds: readonly string[];
  qualificationIds: readonly string[];
  variableCount: number;
  moduleVariable: ReadonlyMap<string, number>;
  qualificationVariable: ReadonlyMap<string, number>;
  /** Clauses (disjunctions of literals): `requires` as ¬A ∨ B ∨ C, demanded qualification as ¬Q ∨ ¬m. */
  clauses: readonly Int32Array[];
  /** Index into `tags` of the rule behind each clause. */
  clauseTag: readonly number[];
  /** At-most-one groups of module variables: `excludes` rules and drawers with `select: "one"`. */
  groups: readonly Int32Array[];
  groupTag: readonly number[];
  /** Rule ids as they appear in violations: catalog rule ids, `drawer:<id>`, `qualification:<id>`. */
  tags: readonly string[];
  /** For each module variable, the `requires` clauses it triggers (the module is their antecedent). */
  requiresOf: readonly number[][];
  /** For each module variable, the at-most-one groups it belongs to. */
  groupsOf: readonly number[][];
  /** For each module variable, the qualification variables that rule it out when demanded. */
  ruledOutBy: readonly number[][];
}

export const positive = (variable: number): number => variable * 2;
export const negative = (variable: number): number => variable * 2 + 1;

const cache = new WeakMap<Catalog, ConstraintModel>();

/** Compiles a catalog once; the result is shared and never mutated. */
export function constraintModel(catalog: Catalog): ConstraintModel {
  const cached = cache.get(catalog);
  if (cached) return cached;
  const model = compile(catalog);
  cache.set(catalog, model);
  return model;
}

function compile(catalog: Catalog): ConstraintModel {
  const moduleIds = catalog.modules.map((m) => m.id);
  const qualificationIds = catalog.qualifications.map((q) => q.id);
  const variableOf = new Map(moduleIds.map((id, i) => [id, i]));
  const clauses: Int32Array[] = [];
  const clauseTag: number[] = [];
  const groups: Int32Array[] = [];
  const groupTag: number[] = [];
  // A demanded qualification's tags come first, so its rule leads an explanation's rules (ruleIds, explanation.ts):
  // when ticking one brings a conflict, it is what the buyer looks for, and a sentence cut short keeps it.
  const tags: string[] = catalog.qualifications.map((q) => `qualification:${q.id}`);
  const requiresOf: number[][] = moduleIds.map(() => []);
  const ruledOutBy: number[][] = moduleIds.map(() => []);
  const variable = (id: string): number => variableOf.get(id) ?? -1;
  for (const rule of catalog.rules) {
    if (rule.type === 'requires') {
      const antecedent = variable(rule.module);
      const options = unique(rule.anyOf.map(variable));
      if (options.includes(antecedent)) continue; // A → A ∨ … always holds
      requiresOf[antecedent]?.push(clauses.length);
      clauses.push(Int32Array.from([negative(antecedent), ...options.map(positive)]));
      clauseTag.push(tags.push(rule.id) - 1);
    } else if (rule.type === 'excludes') {
      const members = unique(rule.modules.map(variable));
      if (members.length < 2) continue;
      groups.push(Int32Array.from(members));
      groupTag.push(tags.push(rule.id) - 1);
    }
  }
  for (const drawer of catalog.drawers) {
    if (drawer.select !== 'one') continue;
    const members = catalog.modules.flatMap((m, i) => (m.drawer === drawer.id ? [i] : []));
    if (members.length < 2) continue;
    groups.push(Int32Array.from(members));
    groupTag.push(tags.push(`drawer:${drawer.id}`) - 1);
  }
  catalog.qualifications.forEach((q, qi) => {
    const demanded = moduleIds.length + qi;
    catalog.modules.forEach((m, i) => {
      if (!q.appliesTo.includes(m.drawer) || m.qualifications.includes(q.id)) return;
      clauses.push(Int32Array.from([negative(demanded), negative(i)]));
      ruledOutBy[i]?.push(demanded);
      clauseTag.push(qi);
    });
  });
  return {
    moduleIds, qualificationIds, variableCount: moduleIds.length + qualificationIds.length,
    moduleVariable: variableOf,
    qualificationVariable: new Map(qualificationIds.map((id, i) => [id, moduleIds.length + i])),
    clauses, clauseTag, groups, groupTag, tags, requiresOf, groupsOf: groupsOf(moduleIds.length, groups), ruledOutBy,
  };
}

function groupsOf(count: number, groups: Int32Array[]): number[][] {
  const result: number[][] = Array.from({ length: count }, () => []);
  groups.forEach((g, gi) => g.forEach((v) => result[v]?.push(gi)));
  return result;
}

const unique = (values: number[]): number[] => [...new Set(values)];
