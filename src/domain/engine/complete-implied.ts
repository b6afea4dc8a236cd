import type { Catalog } from '../catalog-schema';
import type { Configuration } from '../configuration';
import { explainConfiguration, type Explanation } from './explanation';

/** A module the auto-completion added, with why, so the UI can show it and undo it. */
export interface ImpliedAddition {
  module: string;
  quantity: number;
  because: Explanation;
}

/**
 * Adds every implied module (at its default quantity, in catalog order) to the
 * selection. One pass suffices: the completions of the result are those of the
 * original, so nothing more is implied. A configuration with no valid completion is
 * returned unchanged.
 */
export function completeImplied(catalog: Catalog, configuration: Configuration): { configuration: Configuration; added: ImpliedAddition[] } {
  const { implied } = explainConfiguration(catalog, configuration);
  const added = implied.map((because) => ({
    module: because.module,
    quantity: catalog.modules.find((m) => m.id === because.module)?.quantity.default ?? 1,
    because,
  }));
  const items = [...configuration.items, ...added.map(({ module, quantity }) => ({ module, quantity }))];
  return { configuration: { ...configuration, items }, added };
}
