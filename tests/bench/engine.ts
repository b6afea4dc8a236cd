import type { Catalog } from '../../src/domain/catalog-schema';
import type { Configuration } from '../../src/domain/configuration';
import { analyzeConfiguration } from '../../src/domain/engine/analyze-configuration';
import { evaluateConfiguration } from '../../src/domain/engine/evaluate';
import { repairConfiguration } from '../../src/domain/engine/repairs';
import { defaultCatalog, validCatalog } from '../fixtures/catalogs';
import { randomCatalogInput, seededRandom, type CatalogShape } from '../domain/engine/random-catalog';
import { ReferenceOracle } from '../domain/engine/reference-solver';
import { benchRepairs } from './engine-repairs';

/** The synthetic catalog of the targets: 2,000 modules, 10,000 rules, layered like a real offer. */
export const BENCH_SHAPE: CatalogShape = {
  modules: 2000, rules: 10000, drawers: 100, oneDrawers: 0.3, qualifications: 4,
  requires: 0.35, excludes: 0.15, quantity: 0.2, maxOptions: 3, window: 40,
};
const SEED = 2026;
const CONFIGURATIONS = 40;
const SELECTED = 12;
const REFERENCE_RUNS = 2;

export const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
};
const ms = (value: number): string => `${value.toFixed(2)} ms`;

export function time(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/**
 * Valid selections: grown one selectable module at a time (a demanded qualification now
 * and then), then completed by the first repair (which adds what unmet `requires` need).
 */
export function benchConfigurations(catalog: Catalog, count: number, size: number): Configuration[] {
  const random = seededRandom(SEED);
  return Array.from({ length: count }, (_, k) => {
    const requirements = k % 4 === 0 ? [catalog.qualifications[k % catalog.qualifications.length]?.id ?? ''] : [];
    const configuration: Configuration = { catalog: catalog.version, items: [], termMonths: 1, requirements, salesDiscountBp: 0 };
    for (let i = 0; i < size; i++) {
      const pool = evaluateConfiguration(catalog, configuration).selectable;
      const next = pool[Math.floor(random() * pool.length)];
      if (next !== undefined) configuration.items.push({ module: next, quantity: 1 });
    }
    return repairConfiguration(catalog, configuration)[0]?.configuration ?? configuration;
  });
}

const REFERENCE_SAMPLE = 40;

/**
 * logic-solver answering the same questions: the look-ahead, then a deletion-minimal
 * explanation per blocked module. Explaining every blocked module would take minutes,
 * so it explains a sample and scales that time up to all of them (said in the output).
 */
function referenceAnalysis(catalog: Catalog, configuration: Configuration): number {
  const reference = new ReferenceOracle(false).add(catalog);
  const modules = configuration.items.map((i) => i.module);
  const qualifications = configuration.requirements;
  const lookAhead = time(() => reference.lookAhead(modules, qualifications));
  const { selectable } = reference.lookAhead(modules, qualifications);
  const blocked = reference.moduleIds().filter((id) => !selectable.includes(id) && !modules.includes(id));
  const sample = blocked.slice(0, REFERENCE_SAMPLE);
  const explain = time(() => {
    for (const m of sample) {
      let kept = modules;
      for (const d of modules) {
        const trial = kept.filter((x) => x !== d);
        if (!reference.satisfiable({ modules: [...trial, m], qualifications })) kept = trial;
      }
    }
  });
  return lookAhead + (explain * blocked.length) / Math.max(1, sample.length);
}

export function benchEngine(): void {
  const shape = JSON.stringify(BENCH_SHAPE);
  const catalog = validCatalog(randomCatalogInput(BENCH_SHAPE, SEED));
  const prepare = time(() => evaluateConfiguration(catalog, { catalog: catalog.version, items: [], termMonths: 1, requirements: [], salesDiscountBp: 0 }));
  const configurations = benchConfigurations(catalog, CONFIGURATIONS, SELECTED);
  console.log(`engine: first call on the catalog (compiles it and finds its dead modules and witnesses, once per catalog): ${ms(prepare)}`);
  for (const c of configurations) analyzeConfiguration(catalog, c); // warm-up
  const timings = configurations.flatMap((c) => [0, 1, 2].map(() => time(() => analyzeConfiguration(catalog, c))));
  const sample = analyzeConfiguration(catalog, configurations[0] ?? configurations[0]!);
  console.log(`engine: synthetic catalog ${shape}, seed ${SEED}; ${CONFIGURATIONS} valid selections (${SELECTED} modules picked, then completed: ${configurations.map((c) => c.items.length).join('/')} modules), 1 in 4 demanding a qualification, 3 runs each`);
  console.log(`engine: full evaluation (violations, selectable, implied, explanation of every blocked and implied module): median ${ms(percentile(timings, 0.5))}, p95 ${ms(percentile(timings, 0.95))} (targets 16 ms / 33 ms); e.g. ${sample.evaluation.selectable.length} selectable, ${sample.explanations.blocked.length} blocked, ${sample.evaluation.implied.length} implied`);
  const referenceTimings = configurations.slice(0, REFERENCE_RUNS).map((c) => referenceAnalysis(catalog, c));
  const engineSame = configurations.slice(0, REFERENCE_RUNS).map((c) => time(() => analyzeConfiguration(catalog, c)));
  const ratio = percentile(engineSame, 0.5) / percentile(referenceTimings, 0.5);
  console.log(`engine: logic-solver on the same ${REFERENCE_RUNS} selections, same queries (explanations timed on ${REFERENCE_SAMPLE} blocked modules, scaled to all): median ${ms(percentile(referenceTimings, 0.5))}; ratio engine/logic-solver ${ratio.toFixed(4)} (aim ≤ 0.02)`);
  const standard = defaultCatalog();
  const defaults = benchConfigurations(standard, 20, 4);
  for (const c of defaults) evaluateConfiguration(standard, c);
  const perEvaluation = time(() => { for (let i = 0; i < 50; i++) for (const c of defaults) evaluateConfiguration(standard, c); }) / (50 * defaults.length);
  console.log(`engine: default catalog (${standard.modules.length} modules, ${standard.rules.length} rules): ${ms(perEvaluation)} per evaluation (target ≤ 1 ms)`);
  benchRepairs(catalog, configurations);
}
