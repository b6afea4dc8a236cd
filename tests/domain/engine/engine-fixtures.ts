import type { Catalog, CatalogInput } from '../../../src/domain/catalog-schema';
import type { Configuration } from '../../../src/domain/configuration';
import { aCatalogInput, aModule, validCatalog } from '../../fixtures/catalogs';

type RuleInput = NonNullable<CatalogInput['rules']>[number];

/**
 * A small catalog for engine tests: modules a1…a4 in drawer `a` (select many), b1…b3 in
 * drawer `b` (select one), c1…c3 in drawer `c` (many). Qualification q1 applies to
 * drawers a and b; every module holds it except a4 and b3.
 */
export function engineCatalog(rules: RuleInput[] = []): Catalog {
  const ids = ['a1', 'a2', 'a3', 'a4', 'b1', 'b2', 'b3', 'c1', 'c2', 'c3'];
  const modules = ids.map((id) => aModule(id, {
    drawer: id[0] ?? 'a',
    qualifications: id === 'a4' || id === 'b3' ? [] : ['q1'],
    quantity: id === 'c3' ? { min: 10, max: 100, step: 10, default: 10 } : { min: 1, max: 1000, step: 1, default: 1 },
  }));
  const input = aCatalogInput(modules, rules);
  return validCatalog({ ...input, drawers: input.drawers.map((d) => (d.id === 'b' ? { ...d, select: 'one' as const } : d)) });
}

/** A configuration of the catalog: `items` as module ids (or [id, quantity]) and demanded qualifications. */
export function configurationOf(catalog: Catalog, items: (string | [string, number])[], requirements: string[] = []): Configuration {
  return {
    catalog: catalog.version,
    items: items.map((item) => (typeof item === 'string' ? { module: item, quantity: 1 } : { module: item[0], quantity: item[1] })),
    termMonths: 1,
    requirements,
    salesDiscountBp: 0,
  };
}

export const requires = (id: string, module: string, anyOf: string[]): RuleInput => ({ id, type: 'requires', module, anyOf });
export const excludes = (id: string, modules: string[]): RuleInput => ({ id, type: 'excludes', modules });
export const recommends = (id: string, module: string, anyOf: string[]): RuleInput => ({ id, type: 'recommends', module, anyOf });
export const quantity = (id: string, module: string, of: string[], min?: number, max?: number): RuleInput => ({
  id, type: 'quantity', module, of,
  ...(min === undefined ? {} : { min: { factor: min } }),
  ...(max === undefined ? {} : { max: { factor: max } }),
});
