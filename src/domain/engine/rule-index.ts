import type { Catalog } from '../catalog-schema';

const cache = new WeakMap<Catalog, ReadonlyMap<string, readonly number[]>>();

/**
 * For each module, the positions of the hard and quantity rules that can only be broken
 * when it is selected (its `requires` and quantity rules, the `excludes` naming it), so
 * that checking a selection costs its size, not the catalog's.
 */
export function rulesTriggeredBy(catalog: Catalog): ReadonlyMap<string, readonly number[]> {
  const cached = cache.get(catalog);
  if (cached) return cached;
  const index = new Map<string, number[]>();
  const add = (module: string, position: number): void => {
    const list = index.get(module) ?? [];
    if (list[list.length - 1] !== position) list.push(position);
    index.set(module, list);
  };
  catalog.rules.forEach((rule, position) => {
    if (rule.type === 'requires' || rule.type === 'quantity') add(rule.module, position);
    if (rule.type === 'excludes') rule.modules.forEach((m) => add(m, position));
  });
  cache.set(catalog, index);
  return index;
}

const recommendsCache = new WeakMap<Catalog, ReadonlyMap<string, readonly number[]>>();

/** For each module, the positions of the `recommends` rules it triggers (it is their `module`). */
export function recommendationsOf(catalog: Catalog): ReadonlyMap<string, readonly number[]> {
  const cached = recommendsCache.get(catalog);
  if (cached) return cached;
  const index = new Map<string, number[]>();
  catalog.rules.forEach((rule, position) => {
    if (rule.type !== 'recommends') return;
    const list = index.get(rule.module) ?? [];
    list.push(position);
    index.set(rule.module, list);
  });
  recommendsCache.set(catalog, index);
  return index;
}
