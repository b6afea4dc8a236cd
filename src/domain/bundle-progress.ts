import type { Catalog } from './catalog-schema';
import { bundleTierFor } from './quote-discounts';

export interface BundleProgress {
  /** The highest bundle tier reached, or null. */
  reached: { minDrawers: number; rateBp: number } | null;
  /** The next tier that pays more, with how many more drawers it takes; null when none is left. */
  next: { minDrawers: number; rateBp: number; drawersToGo: number } | null;
}

/** Where a bundle of `distinctDrawers` drawers stands among the catalog's bundle tiers. */
export function bundleProgress(catalog: Catalog, distinctDrawers: number): BundleProgress {
  const reached = bundleTierFor(catalog, distinctDrawers);
  const reachedRate = reached?.rateBp ?? 0;
  const ahead = catalog.discounts.bundle
    // A tier needing more drawers than the catalog has can never be reached: no hint for it.
    .filter((t) => t.minDrawers > distinctDrawers && t.minDrawers <= catalog.drawers.length && t.rateBp > reachedRate)
    .sort((a, b) => a.minDrawers - b.minDrawers)[0];
  return {
    reached,
    next: ahead ? { minDrawers: ahead.minDrawers, rateBp: ahead.rateBp, drawersToGo: ahead.minDrawers - distinctDrawers } : null,
  };
}
