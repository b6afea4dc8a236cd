import type { Catalog } from '../catalog-schema';
import { constraintModel, positive } from './constraint-model';
import type { CatalogFinding } from './lint-finding';
import { quantityBounds, type QuantityRule } from './quantity-bounds';
import { nearestAllowed } from './quantity-repair';
import { Solver } from './solver';

/** Beyond this many `of` modules, only each one alone and all together are tried. */
const MAX_SUBSET_SIZE = 10;

/**
 * Quantity rules whose bounds no quantity of the module can meet for some quantities of
 * the `of` modules that can be selected together with it. The extremes decide: the
 * largest total for a minimum factor, the smallest for a maximum factor.
 */
export function lintQuantities(catalog: Catalog): CatalogFinding[] {
  const model = constraintModel(catalog);
  const solver = new Solver(model);
  const byId = new Map(catalog.modules.map((m) => [m.id, m]));
  return catalog.rules
    .filter((r): r is QuantityRule => r.type === 'quantity')
    .flatMap((rule): CatalogFinding[] => {
      const module = byId.get(rule.module);
      if (!module) return [];
      const variable = (id: string) => positive(model.moduleVariable.get(id) ?? 0);
      for (const of of subsets([...new Set(rule.of)])) {
        if (!solver.solve([variable(rule.module), ...of.map(variable)])) continue;
        const low = of.reduce((sum, id) => sum + (byId.get(id)?.quantity.min ?? 0), 0);
        const high = of.reduce((sum, id) => sum + (byId.get(id)?.quantity.max ?? 0), 0);
        for (const total of [high, low]) {
          const { least, most } = quantityBounds(rule, total);
          if (nearestAllowed(module, module.quantity.min, least, most) === undefined) return [{ kind: 'quantity-unreachable', rule: rule.id, of, total }];
        }
      }
      return [];
    });
}

function subsets(ids: string[]): string[][] {
  if (ids.length > MAX_SUBSET_SIZE) return [...ids.map((id) => [id]), ids];
  const result: string[][] = [];
  for (let mask = 1; mask < 1 << ids.length; mask++) result.push(ids.filter((_, i) => mask & (1 << i)));
  return result;
}
