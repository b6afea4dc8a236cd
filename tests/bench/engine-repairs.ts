import type { Catalog } from '../../src/domain/catalog-schema';
import type { Configuration } from '../../src/domain/configuration';
import { explainConfiguration } from '../../src/domain/engine/explanation';
import { repairConfiguration } from '../../src/domain/engine/repairs';

const CONFLICTS = 3;

/** Each consistent selection plus three modules it blocks: a configuration with no valid completion, as a stale link could bring. */
function conflicted(catalog: Catalog, configuration: Configuration): Configuration {
  const blocked = explainConfiguration(catalog, configuration).blocked.filter((e) => e.modules.length > 0);
  const step = Math.max(1, Math.floor(blocked.length / CONFLICTS));
  const extra = [0, 1, 2].map((i) => blocked[i * step]?.module).filter((id): id is string => id !== undefined);
  return { ...configuration, items: [...configuration.items, ...extra.map((module) => ({ module, quantity: 1 }))] };
}

const percentile = (values: number[], p: number): number => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(p * values.length))] ?? Number.NaN;

export function benchRepairs(catalog: Catalog, configurations: Configuration[]): void {
  const cases = configurations.map((c) => conflicted(catalog, c));
  const timings = cases.map((c) => {
    const start = performance.now();
    repairConfiguration(catalog, c);
    return performance.now() - start;
  });
  const example = repairConfiguration(catalog, cases[0] ?? cases[0]!);
  console.log(`engine: repairs of ${cases.length} conflicted configurations (each selection above + ${CONFLICTS} modules it blocks): median ${percentile(timings, 0.5).toFixed(2)} ms, p95 ${percentile(timings, 0.95).toFixed(2)} ms (target ≤ 50 ms); e.g. ${example.length} repairs, first: ${JSON.stringify(example[0]?.actions)}`);
}
