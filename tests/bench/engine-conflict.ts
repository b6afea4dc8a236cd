import { analyzeConfiguration } from '../../src/domain/engine/analyze-configuration';
import { explainBlocked } from '../../src/domain/engine/blocked-explanation';
import { explainConflict } from '../../src/domain/engine/conflict-explanation';
import { validCatalog } from '../fixtures/catalogs';
import { percentile, time } from './engine';
import { scaleCatalog } from './scale-catalog';

const SEEDS = [2026, 1, 2, 3, 4, 5];
const DEMANDS = [['secnumcloud'], ['hds'], ['cspn'], ['secnumcloud', 'hds'], ['hds', 'cspn']];

const median = (values: number[]): number => percentile(values, 0.5);

/**
 * A conflict said in full (conflict-explanation.ts: the cards' fuller reasons, worked out just after the click) on the
 * page's large bundles (scale-catalog.ts, 6 seeds), each with 5 sets of demands ticked; beside it, in the same run, the
 * click's own analysis of the same configurations, which the first screen runs (the reference of the ratio).
 */
export function benchConflictDetails(): void {
  const conflicts: number[] = [];
  const clicks: number[] = [];
  for (const seed of SEEDS) {
    const { input, configuration } = scaleCatalog({ seed });
    const catalog = validCatalog(input);
    for (const requirements of DEMANDS) {
      const demanded = { ...configuration, requirements };
      if (explainConflict(catalog, demanded) === null) continue; // warm-up, and only configurations in conflict count
      conflicts.push(time(() => explainConflict(catalog, demanded)));
      clicks.push(time(() => analyzeConfiguration(catalog, demanded)));
    }
  }
  console.log(`engine: a conflict said in full (each card's own reason and the choices that free it, after the click) on ${conflicts.length} large bundles in conflict (200 modules, ${SEEDS.length} seeds × ${DEMANDS.length} sets of demands): median ${median(conflicts).toFixed(2)} ms; the click's own analysis of the same: ${median(clicks).toFixed(2)} ms; ratio ${(median(conflicts) / median(clicks)).toFixed(2)}`);
}

/**
 * The blocked modules said more fully outside a conflict (blocked-explanation.ts: whether one choice of each reason frees
 * its module, after the click) on the same large bundles with no demand or one demand that leaves them without a
 * conflict; beside it the click's own analysis (the reference of the ratio).
 */
export function benchBlockedDetails(): void {
  const details: number[] = [];
  const clicks: number[] = [];
  let said = 0;
  for (const seed of SEEDS) {
    const { input, configuration } = scaleCatalog({ seed });
    const catalog = validCatalog(input);
    for (const requirements of [[], ...DEMANDS.filter((d) => d.length === 1)]) {
      const demanded = { ...configuration, requirements };
      if (explainConflict(catalog, demanded) !== null) continue; // only configurations with a completion count
      if (explainBlocked(catalog, demanded) !== null) said += 1; // warm-up
      details.push(time(() => explainBlocked(catalog, demanded)));
      clicks.push(time(() => analyzeConfiguration(catalog, demanded)));
    }
  }
  console.log(`engine: blocked modules said more fully outside a conflict (after the click) on ${details.length} large bundles with a completion (${said} with something more to say): median ${median(details).toFixed(2)} ms; the click's own analysis of the same: ${median(clicks).toFixed(2)} ms; ratio ${(median(details) / median(clicks)).toFixed(2)}`);
}
