import type { Catalog } from '../catalog-schema';
import type { Configuration } from '../configuration';
import { analysisOf } from './analyze-configuration';
import { explainBlocked } from './blocked-explanation';
import { explainConflict } from './conflict-explanation';
import type { Explanation } from './explanation';

/**
 * The blocked modules said more fully than the engine's first pass, worked out after a change: in a conflict, as
 * conflict-explanation.ts says them, with what frees together the cards no single choice frees (blocked-explanation.ts);
 * otherwise, as blocked-explanation.ts says them. Null when there is nothing more to say.
 */
export function fullerReasons(catalog: Catalog, configuration: Configuration): Explanation[] | null {
  const inConflict = analysisOf(catalog, configuration).explanations.blocked.some((e) => e.kind === 'conflict');
  if (!inConflict) return explainBlocked(catalog, configuration);
  const conflict = explainConflict(catalog, configuration);
  return conflict && explainBlocked(catalog, configuration, conflict);
}
