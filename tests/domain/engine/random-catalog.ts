import type { CatalogInput } from '../../../src/domain/catalog-schema';

type RuleInput = NonNullable<CatalogInput['rules']>[number];
import { aCatalogInput, aModule } from '../../fixtures/catalogs';

/** How a synthetic catalog is drawn; printed by the bench so figures can be reproduced. */
export interface CatalogShape {
  modules: number;
  rules: number;
  drawers: number;
  /** Share of drawers with `select: "one"`. */
  oneDrawers: number;
  qualifications: number;
  /** Shares of rule types; the rest are `recommends`. */
  requires: number;
  excludes: number;
  quantity: number;
  /** `requires` options are 1 to `maxOptions` modules. */
  maxOptions: number;
  /** 0: rules may link any modules; k > 0: a `requires` points to one of the k modules before it (layered, like real catalogs). */
  window: number;
}

/** A seeded PRNG (mulberry32), so every random catalog can be rebuilt from its seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomCatalogInput(shape: CatalogShape, seed: number): CatalogInput {
  const random = seededRandom(seed);
  const pick = (n: number): number => Math.floor(random() * n);
  const drawers = Array.from({ length: shape.drawers }, (_, i) => ({
    id: `d${i}`, name: { fr: `D${i}`, en: `D${i}` }, select: random() < shape.oneDrawers ? ('one' as const) : ('many' as const),
  }));
  const qualifications = Array.from({ length: shape.qualifications }, (_, i) => ({
    id: `q${i}`, name: { fr: `Q${i}`, en: `Q${i}` }, description: { fr: 'q', en: 'q' },
    appliesTo: drawers.filter(() => random() < 0.5).map((d) => d.id),
  }));
  const modules = Array.from({ length: shape.modules }, (_, i) => aModule(`m${i}`, {
    drawer: `d${pick(shape.drawers)}`,
    qualifications: qualifications.filter(() => random() < 0.7).map((q) => q.id),
  }));
  const rules = randomRules(modules.map((m) => m.id), shape.rules, shape, random);
  return aCatalogInput(modules, rules, { drawers, qualifications });
}

/**
 * `count` rules over the modules `ids`, drawn as `shape` says (the rest are `recommends`). A quantity rule constrains a
 * module for which `quantityMay` holds: a module drawn that may not be is replaced by one drawn among those that may
 * (with the default, every module may, and nothing more is drawn).
 */
export function randomRules(
  ids: readonly string[], count: number, shape: Pick<CatalogShape, 'requires' | 'excludes' | 'quantity' | 'maxOptions' | 'window'>,
  random: () => number, quantityMay: (index: number) => boolean = () => true,
): RuleInput[] {
  const pick = (n: number): number => Math.floor(random() * n);
  const allowed = ids.map((_, i) => i).filter(quantityMay);
  const near = (i: number): number => (shape.window > 0 && i > 0 ? Math.max(0, i - 1 - pick(Math.min(i, shape.window))) : pick(ids.length));
  /** Up to `n` distinct modules other than the i-th (the schema refuses repeats and self-references). */
  const some = (i: number, n: number): string[] => {
    const chosen = new Set<number>();
    for (let tries = 0; chosen.size < n && tries < 4 * n; tries++) {
      const j = near(i);
      if (j !== i) chosen.add(j);
    }
    if (chosen.size === 0) chosen.add(i === 0 ? 1 : 0);
    return [...chosen].map((j) => ids[j] ?? '');
  };
  return Array.from({ length: count }, (_, r) => {
    const i = shape.window > 0 ? 1 + pick(ids.length - 1) : pick(ids.length);
    const roll = random();
    const id = `r${r}`;
    const module = ids[i] ?? '';
    if (roll < shape.requires) return { id, type: 'requires' as const, module, anyOf: some(i, 1 + pick(shape.maxOptions)) };
    if (roll < shape.requires + shape.excludes) return { id, type: 'excludes' as const, modules: [module, ...some(i, 1 + pick(2))] };
    if (roll < shape.requires + shape.excludes + shape.quantity) {
      const q = quantityMay(i) ? i : (allowed[pick(allowed.length)] ?? i);
      return { id, type: 'quantity' as const, module: ids[q] ?? '', of: some(q, 1 + pick(2)), min: { factor: 0.5 } };
    }
    return { id, type: 'recommends' as const, module, anyOf: some(i, 1 + pick(2)) };
  });
}
