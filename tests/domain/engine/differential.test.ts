import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../../src/domain/catalog-schema';
import { evaluateConfiguration } from '../../../src/domain/engine/evaluate';
import { validCatalog } from '../../fixtures/catalogs';
import { randomCatalogInput, seededRandom, type CatalogShape } from './random-catalog';
import { referenceLookAhead } from './reference-solver';

const shapes: Record<string, CatalogShape> = {
  mixed: { modules: 14, rules: 16, drawers: 4, oneDrawers: 0.4, qualifications: 2, requires: 0.4, excludes: 0.3, quantity: 0.1, maxOptions: 3, window: 0 },
  'multi-option requires': { modules: 16, rules: 22, drawers: 4, oneDrawers: 0.5, qualifications: 2, requires: 0.75, excludes: 0.2, quantity: 0, maxOptions: 4, window: 0 },
  layered: { modules: 18, rules: 24, drawers: 5, oneDrawers: 0.3, qualifications: 3, requires: 0.6, excludes: 0.3, quantity: 0.05, maxOptions: 3, window: 6 },
};

const SEEDS_PER_SHAPE = 340;

/** A selection drawn at random, half the time built only from modules the oracle still allows. */
function randomDecisions(catalog: Catalog, seed: number): { modules: string[]; qualifications: string[] } {
  const random = seededRandom(seed * 7919 + 1);
  const qualifications = catalog.qualifications.filter(() => random() < 0.25).map((q) => q.id);
  const modules: string[] = [];
  const size = Math.floor(random() * 5);
  const consistent = random() < 0.5;
  for (let k = 0; k < size; k++) {
    const pool = consistent
      ? evaluateConfiguration(catalog, configuration(catalog, { modules, qualifications })).selectable
      : catalog.modules.map((m) => m.id).filter((id) => !modules.includes(id));
    const next = pool[Math.floor(random() * pool.length)];
    if (next !== undefined) modules.push(next);
  }
  return { modules, qualifications };
}

function configuration(catalog: Catalog, d: { modules: string[]; qualifications: string[] }) {
  return { catalog: catalog.version, items: d.modules.map((module) => ({ module, quantity: 1 })), termMonths: 1, requirements: d.qualifications, salesDiscountBp: 0 };
}

describe.each(Object.entries(shapes))('on %s random catalogs, the engine agrees with logic-solver', (_name, shape) => {
  it(`gives exactly the solver's selectable and implied modules (${SEEDS_PER_SHAPE} seeds)`, () => {
    for (let seed = 1; seed <= SEEDS_PER_SHAPE; seed++) {
      const catalog = validCatalog(randomCatalogInput(shape, seed));
      const decisions = randomDecisions(catalog, seed);
      const expected = referenceLookAhead(catalog, decisions.modules, decisions.qualifications);
      const actual = evaluateConfiguration(catalog, configuration(catalog, decisions));
      expect({ seed, selectable: actual.selectable, implied: actual.implied }).toEqual({ seed, ...expected });
    }
  }, 60_000);
});
