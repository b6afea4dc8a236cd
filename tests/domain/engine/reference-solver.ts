import Logic from 'logic-solver';
import type { Catalog } from '../../../src/domain/catalog-schema';

type Term = string | object;

/** What a reference query assumes: chosen modules, demanded qualifications, modules left out, and which rules hold. */
export interface Query {
  modules: readonly string[];
  qualifications: readonly string[];
  without?: readonly string[];
  /** Rule tags (rule ids, `drawer:<id>`, `qualification:<id>`) in force; all of them when absent. */
  rules?: readonly string[];
}

/**
 * The hard constraints of spec §2 written directly from the catalog for logic-solver
 * (MiniSat), independently of the engine's own compilation: the oracle of the tests.
 * Each rule is guarded by its own variable so a query can switch rules on and off, and
 * many catalogs share one solver (a logic-solver instance is slow to create).
 */
export class ReferenceOracle {
  private readonly solver = new Logic.Solver();
  private count = 0;

  /** `switchable: false` requires every rule outright (no `rules` in queries): far lighter on large catalogs. */
  constructor(private readonly switchable = true) {}

  add(catalog: Catalog): ReferenceCatalog {
    const k = this.count++;
    const v = (id: string): string => `${k}:${id}`;
    const tags: string[] = [];
    const guard = (tag: string, formula: object): void => {
      tags.push(tag);
      this.solver.require(this.switchable ? Logic.implies(`${k}#${tag}`, formula) : formula);
    };
    for (const rule of catalog.rules) {
      if (rule.type === 'requires') guard(rule.id, Logic.implies(v(rule.module), Logic.or(...rule.anyOf.map(v))));
      if (rule.type === 'excludes') guard(rule.id, Logic.atMostOne(...rule.modules.map(v)));
    }
    for (const drawer of catalog.drawers) {
      const members = catalog.modules.filter((m) => m.drawer === drawer.id).map((m) => v(m.id));
      if (drawer.select === 'one' && members.length > 1) guard(`drawer:${drawer.id}`, Logic.atMostOne(...members));
    }
    for (const q of catalog.qualifications) {
      const offending = catalog.modules.filter((m) => q.appliesTo.includes(m.drawer) && !m.qualifications.includes(q.id)).map((m) => v(m.id));
      guard(`qualification:${q.id}`, Logic.implies(v(`?${q.id}`), Logic.and(...offending.map((m) => Logic.not(m)))));
    }
    const guards = (enabled: readonly string[]) => (this.switchable ? enabled.filter((t) => tags.includes(t)).map((t) => `${k}#${t}`) : []);
    return new ReferenceCatalog(this.solver, catalog, v, guards, tags);
  }
}

export class ReferenceCatalog {
  constructor(
    private readonly solver: InstanceType<typeof Logic.Solver>,
    private readonly catalog: Catalog,
    private readonly v: (id: string) => string,
    private readonly guards: (tags: readonly string[]) => string[],
    private readonly tags: readonly string[],
  ) {}

  /** The chosen modules of a model of the query, or null when it has none. */
  solve(query: Query): Set<string> | null {
    const terms: Term[] = [
      ...query.modules.map(this.v), ...query.qualifications.map((q) => this.v(`?${q}`)),
      ...(query.without ?? []).map((m) => Logic.not(this.v(m))), ...this.guards(query.rules ?? this.tags),
    ];
    const solution = this.solver.solveAssuming(Logic.and(...terms));
    if (solution === null) return null;
    const prefix = this.v('');
    return new Set(solution.getTrueVars().filter((t) => t.startsWith(prefix)).map((t) => t.slice(prefix.length)));
  }

  moduleIds(): string[] {
    return this.catalog.modules.map((m) => m.id);
  }

  satisfiable(query: Query): boolean {
    return this.solve(query) !== null;
  }

  /**
   * Selectable and implied by the definitions of spec §2; a model found also answers
   * for every module it contains (selectable) or lacks (not implied).
   */
  lookAhead(modules: readonly string[], qualifications: readonly string[]): { selectable: string[]; implied: string[] } {
    const first = this.solve({ modules, qualifications });
    if (first === null) return { selectable: [], implied: [] };
    const others = this.catalog.modules.map((m) => m.id).filter((id) => !modules.includes(id));
    const reachable = new Set(first);
    for (const id of others) {
      if (!reachable.has(id)) this.solve({ modules: [...modules, id], qualifications })?.forEach((m) => reachable.add(m));
    }
    let candidates = others.filter((id) => first.has(id));
    for (const id of [...candidates]) {
      if (!candidates.includes(id)) continue;
      const model = this.solve({ modules, qualifications, without: [id] });
      if (model !== null) candidates = candidates.filter((c) => model.has(c));
    }
    return { selectable: others.filter((id) => reachable.has(id)), implied: candidates };
  }
}
