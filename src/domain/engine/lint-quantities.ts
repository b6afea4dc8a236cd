import type { Catalog, CatalogModule } from '../catalog-schema';
import { constraintModel, negative, positive } from './constraint-model';
import type { CatalogFinding } from './lint-finding';
import { firstBeyondMax, firstUnmeetable, meetable } from './lint-quantity-totals';
import type { QuantityRule } from './quantity-bounds';
import { Solver } from './solver';

/** Beyond this many `of` modules, only each one alone and all together are tried. */
const MAX_SUBSET_SIZE = 10;

/** A factor in ten-thousandths (at most 4 decimals, so exact). */
const tenThousandths = (factor: number): number => Math.round(factor * 10000);

/**
 * Quantity rules no quantity of their module can meet for some quantities of the `of` modules that can
 * be selected together with it, and pairs of bounds on one module that contradict each other
 * (README "Entry points": what is and is not detected).
 */
export function lintQuantities(catalog: Catalog): CatalogFinding[] {
  const model = constraintModel(catalog);
  const solver = new Solver(model);
  const byId = new Map(catalog.modules.map((m) => [m.id, m]));
  const variable = (id: string) => model.moduleVariable.get(id) ?? 0;
  /** Some selection meeting the hard constraints holds `module` and every one of `holds`, none of `lacks`. */
  const possible = (module: string, holds: readonly string[], lacks: readonly string[]): boolean =>
    solver.solve([positive(variable(module)), ...holds.map((id) => positive(variable(id))), ...lacks.map((id) => negative(variable(id)))]);

  /** The minimum of `low` above the maximum of `high` (one rule or two on one module), when both apply to the same total. */
  const contradiction = (low: QuantityRule, high: QuantityRule): CatalogFinding[] => {
    if (!low.min || !high.max || tenThousandths(low.min.factor) <= tenThousandths(high.max.factor)) return [];
    const of = [...new Set(low.of)].filter((id) => high.of.includes(id));
    // The minimum's total is at least the maximum's unless a module only the maximum counts is selected.
    const without = [...new Set(high.of)].filter((id) => !of.includes(id));
    if (!of.some((id) => possible(low.module, [id], without))) return [];
    const always = !possible(low.module, [], of) && !without.some((id) => possible(low.module, [id], []));
    return [{
      kind: 'quantity-contradiction', module: low.module, of, without, always,
      min: { rule: low.id, factor: low.min.factor }, max: { rule: high.id, factor: high.max.factor },
    }];
  };

  /** The smallest failing total found: each set's lowest, else its first total beyond the module's max, else its highest; then each `of` module alone, quantity by quantity. */
  const unreachable = (rule: QuantityRule, module: CatalogModule): CatalogFinding[] => {
    const ids = [...new Set(rule.of)];
    const alone: string[] = [];
    let found: { of: string[]; total: number } | undefined;
    const failsAt = (of: string[], total: number) => {
      if (found === undefined || total < found.total) found = { of, total };
    };
    for (const of of subsets(ids)) {
      if (!possible(rule.module, of, ids.filter((id) => !of.includes(id)))) continue;
      if (of.length === 1) alone.push(...of);
      const grids = of.flatMap((id) => byId.get(id)?.quantity ?? []);
      const low = grids.reduce((sum, grid) => sum + grid.min, 0);
      const high = grids.reduce((sum, grid) => sum + grid.max, 0);
      if (!meetable(rule, module, low)) failsAt(of, low);
      else if (!meetable(rule, module, high)) failsAt(of, firstBeyondMax(rule, module, grids) ?? high);
    }
    for (const id of alone) {
      const grid = byId.get(id)?.quantity;
      const total = grid && firstUnmeetable(rule, module, grid, found?.total);
      if (total !== undefined) failsAt([id], total);
    }
    return found === undefined ? [] : [{ kind: 'quantity-unreachable', rule: rule.id, of: found.of, total: found.total }];
  };

  const rules = catalog.rules.filter((r): r is QuantityRule => r.type === 'quantity');
  return rules.flatMap((rule, i): CatalogFinding[] => {
    const module = byId.get(rule.module);
    if (!module) return [];
    const own = contradiction(rule, rule);
    const findings = own.length > 0 ? own : unreachable(rule, module);
    for (const earlier of rules.slice(0, i)) {
      if (earlier.module !== rule.module || selfContradictory(earlier) || own.length > 0) continue;
      findings.push(...contradiction(earlier, rule), ...contradiction(rule, earlier));
    }
    return findings;
  });
}

const selfContradictory = (rule: QuantityRule): boolean =>
  rule.min !== undefined && rule.max !== undefined && tenThousandths(rule.min.factor) > tenThousandths(rule.max.factor);

function subsets(ids: string[]): string[][] {
  if (ids.length > MAX_SUBSET_SIZE) return [...ids.map((id) => [id]), ids];
  const result: string[][] = [];
  for (let mask = 1; mask < 1 << ids.length; mask++) result.push(ids.filter((_, i) => mask & (1 << i)));
  return result;
}
