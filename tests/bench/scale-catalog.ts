import { readFileSync } from 'node:fs';
import type { CatalogInput } from '../../src/domain/catalog-schema';
import type { Configuration } from '../../src/domain/configuration';
import { completeImplied } from '../../src/domain/engine/complete-implied';
import { evaluateConfiguration } from '../../src/domain/engine/evaluate';
import { repairConfiguration } from '../../src/domain/engine/repairs';
import { randomRules, seededRandom } from '../domain/engine/random-catalog';
import { validCatalog } from '../fixtures/catalogs';
import { BENCH_SHAPE } from './engine';

type ModuleInput = CatalogInput['modules'][number];

/** Module count per drawer: the two `one` drawers small, the four `many` drawers sharing the rest. */
const DRAWER_WEIGHTS: Record<string, number> = { mail: 0.04, office: 0.04, collaboration: 0.23, paas: 0.23, iaas: 0.23, security: 0.23 };
/** Chance that a clone holds a qualification that applies to its drawer. */
const HOLDS: Record<string, number> = { iso27001: 0.8, secnumcloud: 0.5, hds: 0.5, cspn: 0.5 };

export interface ScaleCatalog {
  input: CatalogInput;
  /** A valid configuration of about `selected` modules: what a large bundle on that catalog looks like. */
  configuration: Configuration;
}

/**
 * A reproducible large catalog for the page (the engine bench has its own, without the page's drawers): the published
 * 2026-11 catalog's drawers, vendors, units, qualifications and discounts, `modules` modules cloned from its 21 (each in
 * its template's drawer, with its unit, quantity and pricing), `rules` layered rules (random-catalog.ts), and a
 * valid configuration grown one selectable module at a time (implied ones added), quantity rules met by the engine's
 * own repairs. 200 / 414 / 90 is the catalog on which QA found a demanded qualification blocking the page for 288 ms.
 */
export function scaleCatalog({ modules: count = 200, rules: ruleCount = 414, selected = 90, seed = 2026 } = {}): ScaleCatalog {
  const base = JSON.parse(readFileSync(new URL('../../public/catalogs/2026-11.json', import.meta.url), 'utf8')) as CatalogInput & { notice?: unknown };
  const random = seededRandom(seed);
  const pick = (n: number): number => Math.floor(random() * n);
  const drawerFor = (): string => {
    let roll = random();
    for (const [drawer, weight] of Object.entries(DRAWER_WEIGHTS)) {
      roll -= weight;
      if (roll < 0) return drawer;
    }
    return 'security';
  };
  const templates = new Map<string, ModuleInput[]>();
  for (const m of base.modules) templates.set(m.drawer, [...(templates.get(m.drawer) ?? []), m]);

  const modules: ModuleInput[] = Array.from({ length: count }, (_, i) => {
    const drawer = drawerFor();
    const inDrawer = templates.get(drawer) ?? [];
    const t = inDrawer[pick(inDrawer.length)] as ModuleInput;
    const qualifications = base.qualifications.filter((q) => q.appliesTo.includes(drawer) && random() < (HOLDS[q.id] ?? 0.5)).map((q) => q.id);
    return { ...t, id: `${t.id}-s${i}`, name: { fr: `${t.name.fr} n° ${i}`, en: `${t.name.en} no. ${i}` }, qualifications };
  });

  // Rules drawn as the engine bench's (its shares and window). A quantity rule's module is never flat (fixed at 1: « at least half the total » could not be met).
  const rules = randomRules(modules.map((m) => m.id), ruleCount, BENCH_SHAPE, random, (i) => modules[i]?.pricing.model !== 'flat');

  // The published catalog's notice names its own revision: not this one's.
  const input: CatalogInput = { ...base, notice: undefined, version: `scale-${count}`, modules, rules };
  const catalog = validCatalog(input);
  let configuration: Configuration = { catalog: catalog.version, items: [], termMonths: 1, requirements: [], salesDiscountBp: 0 };
  const defaults = new Map(catalog.modules.map((m) => [m.id, m.quantity.default]));
  while (configuration.items.length < selected) {
    const pool = evaluateConfiguration(catalog, configuration).selectable;
    const next = pool[pick(pool.length)];
    if (next === undefined) break;
    configuration = completeImplied(catalog, { ...configuration, items: [...configuration.items, { module: next, quantity: defaults.get(next) ?? 1 }] }).configuration;
  }
  for (let round = 0; round < 50 && !evaluateConfiguration(catalog, configuration).valid; round += 1) {
    const first = repairConfiguration(catalog, configuration)[0];
    if (!first) break;
    configuration = first.configuration;
  }
  return { input, configuration };
}
