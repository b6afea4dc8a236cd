import type { Catalog } from './catalog-schema';
import type { Configuration } from './configuration';
import { computeQuote } from './quote';

/**
 * A configuration's monthly net on a catalog, null when it cannot be priced there: what a re-pricing on another revision
 * (a draft, a link, an imported file) compares before and after.
 */
export function monthlyNetOn(catalog: Catalog, configuration: Configuration): number | null {
  try {
    const quote = computeQuote(catalog, configuration);
    return quote.ok ? quote.value.totals.monthlyNet : null;
  } catch {
    return null;
  }
}
