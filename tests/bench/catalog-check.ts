import { parseCatalogText } from '../../src/domain/catalog';
import { lintCatalog } from '../../src/domain/engine/lint-catalog';
import { randomCatalogInput } from '../domain/engine/random-catalog';
import { BENCH_SHAPE } from './engine';

const SEED = 2026;

function time<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

/**
 * `catalog:check`'s analyses on the engine bench's synthetic catalog (2,000 modules,
 * 10,000 rules), against one full parse of the same catalog's JSON in this process as
 * the reference (so the ratio says more than seconds on a shared machine).
 */
export function benchCatalogCheck(): void {
  const text = JSON.stringify(randomCatalogInput(BENCH_SHAPE, SEED));
  const parse = time(() => parseCatalogText(text));
  const parsed = parse.value;
  if (!parsed.ok) throw new Error('the synthetic catalog does not parse');
  const lint = time(() => lintCatalog(parsed.value));
  const kinds = new Map<string, number>();
  for (const f of lint.value) kinds.set(f.kind, (kinds.get(f.kind) ?? 0) + 1);
  console.log(`catalog:check: synthetic catalog ${JSON.stringify(BENCH_SHAPE)}, seed ${SEED}: lintCatalog ${(lint.ms / 1000).toFixed(2)} s (target < 5 s; 42–44 s, ratio ~313, when the redundancy check compiled the catalog once per rule), one parse ${parse.ms.toFixed(0)} ms, ratio ${(lint.ms / parse.ms).toFixed(1)}; ${lint.value.length} findings (${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ')})`);
}
