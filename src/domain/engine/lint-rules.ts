import type { Catalog } from '../catalog-schema';
import { catalogFacts } from './catalog-facts';
import { constraintModel, negative, positive } from './constraint-model';
import type { CatalogFinding } from './lint-finding';
import { RedundancyCheck } from './lint-redundancy';
import { Solver } from './solver';

/**
 * Rules that can never fire (their condition holds in no valid configuration), suggestions
 * that can never be followed, and hard rules the others already enforce (`lint-redundancy.ts`).
 */
export function lintRules(catalog: Catalog): CatalogFinding[] {
  const model = constraintModel(catalog);
  const facts = catalogFacts(model);
  const { dead } = facts;
  const solver = new Solver(model);
  const redundancy = new RedundancyCheck(catalog, model, facts);
  const variable = (id: string): number => model.moduleVariable.get(id) ?? 0;
  const isDead = (id: string): boolean => dead[variable(id)] === 1;
  // Only the answer is read here, never a refutation: a greedy completion spares most solver calls.
  const possible = (lits: number[]): boolean => redundancy.completes(lits) || solver.solve(lits);
  return catalog.rules.flatMap((rule): CatalogFinding[] => {
    if (rule.type === 'excludes') {
      const live = [...new Set(rule.modules)].filter((id) => !isDead(id));
      if (live.length < 2) return [{ kind: 'never-fires', rule: rule.id, reason: 'fewer than two of its modules can ever be selected' }];
      return redundancy.findings(rule, live.flatMap((a, i) => live.slice(i + 1).map((b) => [positive(variable(a)), positive(variable(b))])));
    }
    if (isDead(rule.module)) return [{ kind: 'never-fires', rule: rule.id, reason: `its module ${rule.module} can never be selected` }];
    if (rule.type === 'requires') return redundancy.findings(rule, [[positive(variable(rule.module)), ...rule.anyOf.map((id) => negative(variable(id)))]]);
    if (rule.type === 'recommends') {
      const module = positive(variable(rule.module));
      if (!possible([module, ...rule.anyOf.map((id) => negative(variable(id)))])) {
        return [{ kind: 'never-fires', rule: rule.id, reason: `${rule.module} never comes without one of ${rule.anyOf.join(', ')}` }];
      }
      const followable = rule.anyOf.some((id) => !isDead(id) && possible([module, positive(variable(id))]));
      return followable ? [] : [{ kind: 'unfollowable', rule: rule.id, module: rule.module, options: [...rule.anyOf] }];
    }
    if (rule.type === 'quantity' && !rule.of.some((id) => possible([positive(variable(rule.module)), positive(variable(id))]))) {
      return [{ kind: 'never-fires', rule: rule.id, reason: `${rule.module} can never be selected with any of ${rule.of.join(', ')}` }];
    }
    return [];
  });
}
