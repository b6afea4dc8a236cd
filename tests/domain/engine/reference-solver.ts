import Logic from 'logic-solver';
import type { Catalog } from '../../../src/domain/catalog-schema';

/**
 * The hard constraints of spec §2 written directly from the catalog for logic-solver
 * (MiniSat), independently of the engine's own compilation: the oracle of the tests.
 */
export function referenceSolver(catalog: Catalog): InstanceType<typeof Logic.Solver> {
  const solver = new Logic.Solver();
  for (const rule of catalog.rules) {
    if (rule.type === 'requires') solver.require(Logic.implies(rule.module, Logic.or(...rule.anyOf)));
    if (rule.type === 'excludes') solver.require(Logic.atMostOne(...new Set(rule.modules)));
  }
  for (const drawer of catalog.drawers) {
    const members = catalog.modules.filter((m) => m.drawer === drawer.id).map((m) => m.id);
    if (drawer.select === 'one' && members.length > 1) solver.require(Logic.atMostOne(...members));
  }
  for (const q of catalog.qualifications) {
    for (const m of catalog.modules) {
      if (q.appliesTo.includes(m.drawer) && !m.qualifications.includes(q.id)) solver.require(Logic.implies(`?${q.id}`, Logic.not(m.id)));
    }
  }
  // Every qualification variable appears in a formula, so an undemanded one is simply free.
  for (const q of catalog.qualifications) solver.require(Logic.or(`?${q.id}`, Logic.not(`?${q.id}`)));
  return solver;
}

/** Decisions as logic-solver terms: module ids, and `?q` for a demanded qualification. */
export const decisionTerms = (modules: readonly string[], qualifications: readonly string[]): string[] => [
  ...modules, ...qualifications.map((q) => `?${q}`),
];

type Reference = InstanceType<typeof Logic.Solver>;

/**
 * Selectable and implied by the definitions of spec §2, one solver call per open
 * question; a model found also answers for every module it contains (selectable) or
 * lacks (not implied), which keeps the oracle affordable on a thousand catalogs.
 */
export function referenceLookAhead(catalog: Catalog, modules: string[], qualifications: string[], solver: Reference = referenceSolver(catalog)): { selectable: string[]; implied: string[] } {
  const base = decisionTerms(modules, qualifications);
  const first = solver.solveAssuming(Logic.and(...base));
  if (first === null) return { selectable: [], implied: [] };
  const others = catalog.modules.map((m) => m.id).filter((id) => !modules.includes(id));
  const reachable = new Set(first.getTrueVars());
  for (const id of others) {
    if (reachable.has(id)) continue;
    solver.solveAssuming(Logic.and(...base, id))?.getTrueVars().forEach((v) => reachable.add(v));
  }
  let candidates = others.filter((id) => first.getTrueVars().includes(id));
  for (const id of [...candidates]) {
    if (!candidates.includes(id)) continue;
    const without = solver.solveAssuming(Logic.and(...base, Logic.not(id)));
    if (without !== null) candidates = candidates.filter((c) => without.getTrueVars().includes(c));
  }
  return { selectable: others.filter((id) => reachable.has(id)), implied: candidates };
}

export function satisfiable(solver: Reference, terms: (string | object)[]): boolean {
  return solver.solveAssuming(Logic.and(...terms)) !== null;
}
