import { expect, it } from 'vitest';
import type { Configuration } from '../../../src/domain/configuration';
import { analyzeConfiguration } from '../../../src/domain/engine/analyze-configuration';
import { evaluateConfiguration } from '../../../src/domain/engine/evaluate';
import { validCatalog } from '../../fixtures/catalogs';
import { randomCatalogInput, seededRandom, type CatalogShape } from './random-catalog';

const shape: CatalogShape = {
  modules: 240, rules: 1000, drawers: 16, oneDrawers: 0.3, qualifications: 3,
  requires: 0.35, excludes: 0.15, quantity: 0.1, maxOptions: 3, window: 30,
};

/** Selections grown one selectable module at a time, one in three with a demanded qualification, the last two forced into conflict. */
function selections(input: ReturnType<typeof randomCatalogInput>, count: number): Configuration[] {
  const catalog = validCatalog(input);
  const random = seededRandom(11);
  return Array.from({ length: count }, (_, k) => {
    const requirements = k % 3 === 0 ? [catalog.qualifications[k % catalog.qualifications.length]?.id ?? ''] : [];
    const configuration: Configuration = { catalog: catalog.version, items: [], termMonths: 1, requirements, salesDiscountBp: 0 };
    for (let i = 0; i < 10; i++) {
      const evaluation = evaluateConfiguration(catalog, configuration);
      const pool = k >= count - 2 && i === 9 ? catalog.modules.map((m) => m.id).filter((id) => !evaluation.selectable.includes(id) && !configuration.items.some((item) => item.module === id)) : evaluation.selectable;
      const next = pool[Math.floor(random() * pool.length)];
      if (next !== undefined) configuration.items.push({ module: next, quantity: 1 });
    }
    return configuration;
  });
}

it('an analysis depends on its configuration only, never on the calls before it (reused solvers start afresh)', () => {
  const input = randomCatalogInput(shape, 7);
  const configurations = selections(input, 10);
  // Each answer on a catalog object of its own: a first call, with no solver handed back before it.
  const alone = configurations.map((c) => analyzeConfiguration(validCatalog(input), c));
  const shared = validCatalog(input);
  const forward = configurations.map((c) => {
    evaluateConfiguration(shared, c);
    return analyzeConfiguration(shared, c);
  });
  const backward = [...configurations].reverse().map((c) => analyzeConfiguration(shared, c)).reverse();
  expect(forward).toEqual(alone);
  expect(backward).toEqual(alone);
  expect(alone.filter((a) => !a.evaluation.valid).length).toBeGreaterThan(0);
  expect(alone.every((a) => a.explanations.blocked.length > 0)).toBe(true);
});
