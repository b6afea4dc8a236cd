import type { Catalog } from './catalog-schema';
import type { Configuration } from './configuration';

/**
 * A derivation computed once per (catalog, configuration) pair — both are immutable — however many
 * components, selectors or edits ask for it; the caches forget what nothing holds any more.
 */
export function derivedOnce<T>(compute: (catalog: Catalog, configuration: Configuration) => T): (catalog: Catalog, configuration: Configuration) => T {
  const byCatalog = new WeakMap<Catalog, WeakMap<Configuration, T>>();
  return (catalog, configuration) => {
    let cache = byCatalog.get(catalog);
    if (!cache) {
      cache = new WeakMap();
      byCatalog.set(catalog, cache);
    }
    let value = cache.get(configuration);
    if (value === undefined) {
      value = compute(catalog, configuration);
      cache.set(configuration, value);
    }
    return value;
  };
}
