import { describe, expect, it } from 'vitest';
import type { Catalog, CatalogInput } from '../../../src/domain/catalog-schema';
import { lintCatalog, type CatalogFinding } from '../../../src/domain/engine/lint-catalog';
import type { QuantityRule } from '../../../src/domain/engine/quantity-bounds';
import { aCatalogInput, aModule, validCatalog } from '../../fixtures/catalogs';
import { seededRandom } from './random-catalog';

type RuleInput = NonNullable<CatalogInput['rules']>[number];

const FACTORS = [0, 0.25, 0.3333, 0.5, 1, 1.25, 1.5, 2, 3];
const STEPS = [1, 2, 3, 5, 10];
const MODULES = 6;

/** A small catalog with random grids (at most 8 quantities each), a few hard rules and several quantity rules. */
function randomQuantityCatalog(seed: number): Catalog {
  const random = seededRandom(seed);
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const ids = Array.from({ length: MODULES }, (_, i) => `m${i}`);
  const modules = ids.map((id) => {
    const min = 1 + Math.floor(random() * 4);
    const step = pick(STEPS);
    const max = min + Math.floor(random() * 8) * step;
    return aModule(id, { drawer: random() < 0.3 ? 'b' : 'a', quantity: { min, max, step, default: min } });
  });
  const others = (id: string, count: number) => ids.filter((o) => o !== id).sort(() => random() - 0.5).slice(0, count);
  const rules: RuleInput[] = [];
  for (let r = 0; r < 2; r++) {
    const id = pick(ids);
    if (random() < 0.6) rules.push({ id: `h${r}`, type: 'requires', module: id, anyOf: others(id, 1 + Math.floor(random() * 2)) });
    else rules.push({ id: `h${r}`, type: 'excludes', modules: [id, ...others(id, 1)] });
  }
  const modulesWithRules = others('m0', 2);
  for (let r = 0; r < 4; r++) {
    const id = random() < 0.7 ? pick(modulesWithRules) : pick(ids);
    const bounds = random();
    rules.push({
      id: `q${r}`, type: 'quantity', module: id, of: others(id, 1 + Math.floor(random() * 2)),
      ...(bounds < 0.7 ? { min: { factor: pick(FACTORS) } } : {}),
      ...(bounds >= 0.4 ? { max: { factor: pick(FACTORS) } } : {}),
    });
  }
  const input = aCatalogInput(modules, rules);
  return validCatalog({ ...input, drawers: input.drawers.map((d) => (d.id === 'b' ? { ...d, select: 'one' as const } : d)) });
}

/** Every selection meeting the hard constraints (requires, excludes, drawers "one"), by enumeration: the oracle. */
function validSelections(catalog: Catalog): Set<string>[] {
  const selections: Set<string>[] = [];
  for (let mask = 0; mask < 1 << catalog.modules.length; mask++) {
    const s = new Set(catalog.modules.filter((_, i) => mask & (1 << i)).map((m) => m.id));
    const ok = catalog.rules.every((r) => {
      if (r.type === 'requires') return !s.has(r.module) || r.anyOf.some((id) => s.has(id));
      if (r.type === 'excludes') return r.modules.filter((id) => s.has(id)).length <= 1;
      return true;
    }) && catalog.drawers.every((d) => d.select === 'many' || catalog.modules.filter((m) => m.drawer === d.id && s.has(m.id)).length <= 1);
    if (ok) selections.push(s);
  }
  return selections;
}

const grid = (catalog: Catalog, id: string): number[] => {
  const q = catalog.modules.find((m) => m.id === id)?.quantity;
  if (!q) return [];
  return Array.from({ length: (q.max - q.min) / q.step + 1 }, (_, k) => q.min + k * q.step);
};

/** §2 read directly, in exact rationals: q ≥ ceil(min × T) and q ≤ floor(max × T), factors as decimals. */
function meets(rule: QuantityRule, q: number, total: number): boolean {
  const scaled = (factor: number) => BigInt(Math.round(factor * 10000)) * BigInt(total);
  const quantity = BigInt(q) * 10000n;
  return (!rule.min || quantity >= scaled(rule.min.factor)) && (!rule.max || quantity <= scaled(rule.max.factor));
}

/** Every total a set of modules can reach, each at a quantity of its grid. */
function totals(catalog: Catalog, ids: readonly string[]): Set<number> {
  let sums = new Set([0]);
  for (const id of ids) sums = new Set([...sums].flatMap((s) => grid(catalog, id).map((q) => s + q)));
  return sums;
}

/** Every assignment of quantities to `ids`, each on its grid. */
function assignments(catalog: Catalog, ids: readonly string[]): Map<string, number>[] {
  let all = [new Map<string, number>()];
  for (const id of ids) all = all.flatMap((a) => grid(catalog, id).map((q) => new Map([...a, [id, q]])));
  return all;
}

/**
 * Failing totals the finding must not exceed (README: "the smallest failing total"): every total of one `of`
 * module selected alone with the module, and the lowest total of every set of `of` modules selected with it.
 */
function smallerFailingTotals(catalog: Catalog, selections: Set<string>[], rule: QuantityRule): number[] {
  const of = [...new Set(rule.of)];
  const fails = (total: number) => !grid(catalog, rule.module).some((q) => meets(rule, q, total));
  return selections.filter((s) => s.has(rule.module) && of.some((id) => s.has(id))).flatMap((s) => {
    const held = of.filter((id) => s.has(id));
    const candidates = held.length === 1 ? [...totals(catalog, held)] : [Math.min(...totals(catalog, held))];
    return candidates.filter(fails);
  });
}

const quantityRules = (catalog: Catalog) => catalog.rules.filter((r): r is QuantityRule => r.type === 'quantity');
const tenThousandths = (factor: number) => Math.round(factor * 10000);
const selfContradictory = (rule: QuantityRule) => !!rule.min && !!rule.max && tenThousandths(rule.min.factor) > tenThousandths(rule.max.factor);
const SEEDS = Array.from({ length: 300 }, (_, i) => i + 1);

describe('quantity findings are never false (checked by enumeration on 300 random catalogs)', () => {
  it.each(SEEDS.filter((s) => s % 30 === 1).map((s) => [s, s + 29]))('catalogs %i to %i', (from, to) => {
    let contradictions = 0;
    let unreachable = 0;
    for (let seed = from; seed <= to; seed++) {
      const catalog = randomQuantityCatalog(seed);
      const selections = validSelections(catalog);
      const rules = new Map(quantityRules(catalog).map((r) => [r.id, r]));
      for (const f of lintCatalog(catalog)) {
        if (f.kind === 'quantity-unreachable') {
          unreachable++;
          const rule = rules.get(f.rule)!;
          const where = `seed ${seed}: ${JSON.stringify(f)}`;
          // The rule applies: the module with exactly these `of` modules meets the hard constraints.
          expect(selections.some((s) => s.has(rule.module) && rule.of.every((id) => s.has(id) === f.of.includes(id))), where).toBe(true);
          expect(totals(catalog, f.of).has(f.total), where).toBe(true);
          expect(grid(catalog, rule.module).some((q) => meets(rule, q, f.total)), where).toBe(false);
          expect(f.total, where).toBe(Math.min(f.total, ...smallerFailingTotals(catalog, selections, rule)));
        }
        if (f.kind === 'quantity-contradiction') {
          contradictions++;
          const low = rules.get(f.min.rule)!;
          const high = rules.get(f.max.rule)!;
          const where = `seed ${seed}: ${JSON.stringify(f)}`;
          const concerned = selections.filter((s) => s.has(f.module) && f.of.some((id) => s.has(id)) && !f.without.some((id) => s.has(id)));
          expect(concerned.length, where).toBeGreaterThan(0);
          for (const s of concerned) {
            const counted = [...new Set([...low.of, ...high.of])].filter((id) => s.has(id));
            for (const quantities of assignments(catalog, counted)) {
              const total = (rule: QuantityRule) => rule.of.reduce((sum, id) => sum + (quantities.get(id) ?? 0), 0);
              const met = grid(catalog, f.module).some((q) => meets(low, q, total(low)) && meets(high, q, total(high)));
              expect(met, `${where}, ${JSON.stringify([...quantities])}`).toBe(false);
            }
          }
          if (f.always) expect(selections.filter((s) => s.has(f.module)), where).toEqual(concerned);
        }
      }
    }
    // The generator plants both kinds, so the check is not vacuous.
    expect(contradictions).toBeGreaterThan(0);
    expect(unreachable).toBeGreaterThan(0);
  });
});

describe('quantity findings miss nothing the README says is detected (300 random catalogs)', () => {
  const reported = (findings: CatalogFinding[], kind: CatalogFinding['kind'], rule: string) =>
    findings.some((f) => (f.kind === 'quantity-unreachable' && kind === f.kind && f.rule === rule)
      || (f.kind === 'quantity-contradiction' && kind === f.kind && (f.min.rule === rule || f.max.rule === rule)));

  it('a rule unmet for some quantity of one `of` module selected alone with its module is reported', () => {
    for (const seed of SEEDS) {
      const catalog = randomQuantityCatalog(seed);
      const selections = validSelections(catalog);
      const findings = lintCatalog(catalog);
      for (const rule of quantityRules(catalog)) {
        if (selfContradictory(rule)) continue;
        const unmet = rule.of.some((y) =>
          selections.some((s) => s.has(rule.module) && rule.of.every((id) => s.has(id) === (id === y)))
          && grid(catalog, y).some((total) => !grid(catalog, rule.module).some((q) => meets(rule, q, total))));
        if (unmet) expect(reported(findings, 'quantity-unreachable', rule.id), `seed ${seed}, rule ${rule.id}`).toBe(true);
      }
    }
  });

  it('a minimum factor above a maximum one on the same module and the same total is reported (a rule contradicting itself, alone)', () => {
    for (const seed of SEEDS) {
      const catalog = randomQuantityCatalog(seed);
      const selections = validSelections(catalog);
      const findings = lintCatalog(catalog);
      const rules = quantityRules(catalog);
      for (const low of rules) {
        for (const high of rules) {
          if (low.module !== high.module || !low.min || !high.max || tenThousandths(low.min.factor) <= tenThousandths(high.max.factor)) continue;
          if (low !== high && (selfContradictory(low) || selfContradictory(high))) continue;
          const sameTotal = selections.some((s) => s.has(low.module) && low.of.some((id) => s.has(id))
            && [...low.of, ...high.of].every((id) => !s.has(id) || (low.of.includes(id) && high.of.includes(id))));
          if (sameTotal) expect(reported(findings, 'quantity-contradiction', low.id), `seed ${seed}, rules ${low.id}, ${high.id}`).toBe(true);
        }
      }
    }
  });
});
