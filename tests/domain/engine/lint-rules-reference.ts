import type { Catalog, Rule } from '../../../src/domain/catalog-schema';
import { catalogFacts } from '../../../src/domain/engine/catalog-facts';
import { constraintModel, negative, positive, type ConstraintModel } from '../../../src/domain/engine/constraint-model';
import type { CatalogFinding } from '../../../src/domain/engine/lint-finding';
import { Solver } from '../../../src/domain/engine/solver';

/**
 * The rule linter as it was before the redundancy check stopped compiling the catalog
 * once per rule (commit bb286ac), kept as the oracle its replacement must agree with
 * finding for finding: same rules, same reasons, same rules named, same order.
 */
export function referenceLintRules(catalog: Catalog): CatalogFinding[] {
  const model = constraintModel(catalog);
  const { dead } = catalogFacts(model);
  const solver = new Solver(model);
  const variable = (id: string): number => model.moduleVariable.get(id) ?? 0;
  const isDead = (id: string): boolean => dead[variable(id)] === 1;
  return catalog.rules.flatMap((rule): CatalogFinding[] => {
    if (rule.type === 'excludes') {
      const live = [...new Set(rule.modules)].filter((id) => !isDead(id));
      if (live.length < 2) return [{ kind: 'never-fires', rule: rule.id, reason: 'fewer than two of its modules can ever be selected' }];
      return redundancy(catalog, rule, live.flatMap((a, i) => live.slice(i + 1).map((b) => [positive(variable(a)), positive(variable(b))])));
    }
    if (isDead(rule.module)) return [{ kind: 'never-fires', rule: rule.id, reason: `its module ${rule.module} can never be selected` }];
    if (rule.type === 'requires') return redundancy(catalog, rule, [[positive(variable(rule.module)), ...rule.anyOf.map((id) => negative(variable(id)))]]);
    if (rule.type === 'recommends' && !solver.solve([positive(variable(rule.module)), ...rule.anyOf.map((id) => negative(variable(id)))])) {
      return [{ kind: 'never-fires', rule: rule.id, reason: `${rule.module} never comes without one of ${rule.anyOf.join(', ')}` }];
    }
    if (rule.type === 'quantity' && !rule.of.some((id) => solver.solve([positive(variable(rule.module)), positive(variable(id))]))) {
      return [{ kind: 'never-fires', rule: rule.id, reason: `${rule.module} can never be selected with any of ${rule.of.join(', ')}` }];
    }
    return [];
  });
}

/** Redundant when every way of breaking the rule (each list of literals) is refuted by the other rules. */
function redundancy(catalog: Catalog, rule: Rule, breaches: number[][]): CatalogFinding[] {
  const others: ConstraintModel = constraintModel({ ...catalog, rules: catalog.rules.filter((r) => r !== rule) });
  const solver = new Solver(others);
  const tags = new Set<number>();
  for (const breach of breaches) {
    if (solver.solve(breach)) return [];
    for (const t of solver.coreTags) tags.add(t);
  }
  return [{ kind: 'redundant', rule: rule.id, impliedBy: [...tags].sort((a, b) => a - b).map((t) => others.tags[t] ?? '') }];
}
