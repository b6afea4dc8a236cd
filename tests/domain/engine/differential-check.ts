import { expect } from 'vitest';
import type { Catalog } from '../../../src/domain/catalog-schema';
import type { Configuration } from '../../../src/domain/configuration';
import { evaluateConfiguration } from '../../../src/domain/engine/evaluate';
import { explainConfiguration, type Explanation } from '../../../src/domain/engine/explanation';
import { validCatalog } from '../../fixtures/catalogs';
import { randomCatalogInput, seededRandom, type CatalogShape } from './random-catalog';
import { ReferenceOracle, type ReferenceCatalog } from './reference-solver';

/** A logic-solver instance is slow to create, and slows down as it grows: share it among a few catalogs. */
const CATALOGS_PER_ORACLE = 8;

/**
 * Runs the engine and logic-solver side by side on `seeds` random catalogs of a shape,
 * with one random selection each, and checks that they agree exactly.
 */
export function checkAgainstReference(shape: CatalogShape, seeds: number): void {
  let oracle = new ReferenceOracle();
  for (let seed = 1; seed <= seeds; seed++) {
    if (seed % CATALOGS_PER_ORACLE === 0) oracle = new ReferenceOracle();
    const catalog = validCatalog(randomCatalogInput(shape, seed));
    const reference = oracle.add(catalog);
    const configuration = randomConfiguration(catalog, seed);
    const expected = reference.lookAhead(configuration.items.map((i) => i.module), configuration.requirements);
    const actual = evaluateConfiguration(catalog, configuration);
    expect({ seed, selectable: actual.selectable, implied: actual.implied }).toEqual({ seed, ...expected });
    const { blocked, implied } = explainConfiguration(catalog, configuration);
    expect(blocked.map((e) => e.module)).toEqual(catalog.modules.map((m) => m.id).filter((id) => !actual.selectable.includes(id) && !configuration.items.some((i) => i.module === id)));
    const distinct = new Map([...blocked, ...implied].map((e) => [JSON.stringify({ ...e, module: e.kind === 'conflict' ? '' : e.module }), e]));
    const live = distinct.size === 0 ? [] : reference.lookAhead([], []).selectable;
    const dead = catalog.modules.map((m) => m.id).filter((id) => !live.includes(id));
    for (const explanation of distinct.values()) expectMinimal(reference, explanation, seed, dead);
  }
}

/**
 * The explanation's decisions refute the conclusion and dropping any one of them does
 * not; its rules alone refute it too, given the modules the catalog never allows
 * (whose own reasons an explanation leaves to the linter).
 */
function expectMinimal(reference: ReferenceCatalog, e: Explanation, seed: number, dead: string[]): void {
  const target = e.kind === 'blocked' ? { modules: [e.module] } : e.kind === 'implied' ? { without: [e.module] } : {};
  const query = (modules: string[], qualifications: string[], rules?: readonly string[]) => reference.satisfiable({
    modules: [...modules, ...(target.modules ?? [])], qualifications, rules,
    without: [...(target.without ?? []), ...(rules ? dead.filter((id) => id !== e.module) : [])],
  });
  expect({ seed, e, refuted: !query(e.modules, e.qualifications, e.rules) }).toEqual({ seed, e, refuted: true });
  for (const m of e.modules) {
    expect({ seed, e, without: m, refuted: !query(e.modules.filter((x) => x !== m), e.qualifications) }).toEqual({ seed, e, without: m, refuted: false });
  }
  for (const q of e.qualifications) {
    expect({ seed, e, without: q, refuted: !query(e.modules, e.qualifications.filter((x) => x !== q)) }).toEqual({ seed, e, without: q, refuted: false });
  }
}

/** A selection drawn at random, half the time only from modules still selectable (so mostly consistent). */
function randomConfiguration(catalog: Catalog, seed: number): Configuration {
  const random = seededRandom(seed * 7919 + 1);
  const requirements = catalog.qualifications.filter(() => random() < 0.25).map((q) => q.id);
  const configuration: Configuration = { catalog: catalog.version, items: [], termMonths: 1, requirements, salesDiscountBp: 0 };
  const size = Math.floor(random() * 5);
  const consistent = random() < 0.5;
  for (let k = 0; k < size; k++) {
    const chosen = configuration.items.map((i) => i.module);
    const pool = consistent ? evaluateConfiguration(catalog, configuration).selectable : catalog.modules.map((m) => m.id).filter((id) => !chosen.includes(id));
    const next = pool[Math.floor(random() * pool.length)];
    if (next !== undefined) configuration.items.push({ module: next, quantity: 1 });
  }
  return configuration;
}
