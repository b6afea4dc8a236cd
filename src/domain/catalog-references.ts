import type { z } from 'zod';

type Path = (string | number)[];
type Loose = Record<string, unknown>;

/** These checks also run on a catalog whose structure is broken (so every problem shows at once): read defensively. */
const list = (value: unknown): Loose[] => (Array.isArray(value) ? value.map((v) => (v !== null && typeof v === 'object' ? (v as Loose) : {})) : []);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
/** The strings of a list with their own index in it (a malformed entry keeps its place). */
const entries = (value: unknown): [string, number][] =>
  (Array.isArray(value) ? value.flatMap((v, j): [string, number][] => (typeof v === 'string' ? [[v, j]] : [])) : []);

/** Cross-reference checks: unique ids and every reference resolving, each problem with its path. */
export function checkCatalogReferences(input: unknown, ctx: z.RefinementCtx): void {
  const report = (path: Path, message: string) => ctx.addIssue({ code: 'custom', path, message });
  const raw = (input ?? {}) as Loose;
  const catalog = {
    units: list(raw.units), vendors: list(raw.vendors), qualifications: list(raw.qualifications),
    drawers: list(raw.drawers), modules: list(raw.modules), rules: list(raw.rules),
    commitment: list((raw.discounts as Loose | undefined)?.commitment), bundle: list((raw.discounts as Loose | undefined)?.bundle),
  };

  const ids = (items: Loose[], name: string) => {
    const seen = new Map<string, number>();
    items.forEach((item, i) => {
      const id = str(item.id);
      if (id === undefined) return;
      const first = seen.get(id);
      if (first !== undefined) report([name, i, 'id'], `duplicates the id "${id}" of ${name}[${first}]`);
      else seen.set(id, i);
    });
    return new Set(seen.keys());
  };
  const units = ids(catalog.units, 'units');
  const vendors = ids(catalog.vendors, 'vendors');
  const qualifications = ids(catalog.qualifications, 'qualifications');
  const drawers = ids(catalog.drawers, 'drawers');
  const modules = ids(catalog.modules, 'modules');
  ids(catalog.rules, 'rules');

  const known = (set: Set<string>, what: string, path: Path, value: unknown) => {
    if (typeof value === 'string' && !set.has(value)) report(path, `unknown ${what} "${value}"`);
  };
  /** A list of references: each known, and each named once (spec §1: ids are unique within their list). */
  const references = (set: Set<string>, what: string, path: Path, value: unknown) => {
    const seen = new Set<string>();
    entries(value).forEach(([id, j]) => {
      known(set, what, [...path, j], id);
      if (seen.has(id)) report([...path, j], `names ${what} "${id}" twice`);
      seen.add(id);
    });
  };

  catalog.qualifications.forEach((q, i) => references(drawers, 'drawer', ['qualifications', i, 'appliesTo'], q.appliesTo));

  catalog.modules.forEach((m, i) => {
    known(drawers, 'drawer', ['modules', i, 'drawer'], m.drawer);
    known(vendors, 'vendor', ['modules', i, 'vendor'], m.vendor);
    known(units, 'unit', ['modules', i, 'unit'], m.unit);
    references(qualifications, 'qualification', ['modules', i, 'qualifications'], m.qualifications);
    const quantity = (m.quantity ?? {}) as Loose;
    const fixedAtOne = quantity.min === 1 && quantity.max === 1 && quantity.default === 1;
    if ((m.pricing as Loose | undefined)?.model === 'flat' && !fixedAtOne) {
      report(['modules', i, 'quantity'], 'must be fixed at 1 (min, max and default 1) for a flat-priced module');
    }
  });

  catalog.rules.forEach((rule, i) => {
    const refs = (key: string) => references(modules, 'module', ['rules', i, key], rule[key]);
    const notItself = (key: string) => {
      const own = str(rule.module);
      if (own !== undefined && strings(rule[key]).includes(own)) report(['rules', i, key], `must not name the rule's own module "${own}"`);
    };
    if (rule.type === 'excludes') refs('modules');
    const others = rule.type === 'quantity' ? 'of' : rule.type === 'requires' || rule.type === 'recommends' ? 'anyOf' : undefined;
    if (others !== undefined) {
      known(modules, 'module', ['rules', i, 'module'], rule.module);
      refs(others);
      notItself(others);
    }
  });

  const increasing = (items: Loose[], path: string, key: string) =>
    items.forEach((item, i) => {
      const value = item[key];
      const previous = items[i - 1]?.[key];
      if (typeof value === 'number' && typeof previous === 'number' && value <= previous) {
        report(['discounts', path, i, key], `must be greater than ${previous}`);
      }
    });
  increasing(catalog.commitment, 'commitment', 'months');
  increasing(catalog.bundle, 'bundle', 'minDrawers');
}
