import type { ConstraintModel } from './constraint-model';

/**
 * A cheap, sound (not complete) satisfiability proof: starting from some modules, add
 * for each unmet `requires` its first option that breaks no at-most-one group, no
 * demanded qualification and no caller's exclusion, never going back. If every
 * `requires` ends up met, the modules gathered are a valid selection; if a choice runs
 * out, the engine asks the solver instead.
 */
export class GreedyCompletion {
  private readonly inUnion: Int32Array;
  private readonly owner: Int32Array;
  private readonly ownerStamp: Int32Array;
  private stamp = 0;
  /** The modules of the last successful completion. */
  readonly gathered: number[] = [];

  constructor(private readonly model: ConstraintModel) {
    this.inUnion = new Int32Array(model.moduleIds.length);
    this.owner = new Int32Array(model.groups.length);
    this.ownerStamp = new Int32Array(model.groups.length);
  }

  /** True when `modules` extend to a valid selection under the demanded qualification variables, avoiding `excluded` ones. */
  completes(modules: readonly number[], demanded: readonly number[], excluded: (v: number) => boolean = () => false): boolean {
    this.stamp++;
    this.gathered.length = 0;
    for (const v of modules) if (!this.add(v, demanded, excluded)) return false;
    for (let i = 0; i < this.gathered.length; i++) {
      for (const ci of this.model.requiresOf[this.gathered[i] ?? 0] ?? []) {
        if (!this.meet(this.model.clauses[ci] ?? new Int32Array(), demanded, excluded)) return false;
      }
    }
    return true;
  }

  private meet(clause: Int32Array, demanded: readonly number[], excluded: (v: number) => boolean): boolean {
    for (let k = 1; k < clause.length; k++) if (this.inUnion[(clause[k] ?? 0) >> 1] === this.stamp) return true;
    for (let k = 1; k < clause.length; k++) {
      const option = (clause[k] ?? 0) >> 1;
      if (this.fits(option, demanded, excluded)) return this.add(option, demanded, excluded);
    }
    return false;
  }

  private fits(v: number, demanded: readonly number[], excluded: (v: number) => boolean): boolean {
    if (excluded(v)) return false;
    const ruledOut = this.model.ruledOutBy[v] ?? [];
    if (ruledOut.length > 0 && demanded.some((q) => ruledOut.includes(q))) return false;
    for (const g of this.model.groupsOf[v] ?? []) if (this.ownerStamp[g] === this.stamp && this.owner[g] !== v) return false;
    return true;
  }

  private add(v: number, demanded: readonly number[], excluded: (v: number) => boolean): boolean {
    if (this.inUnion[v] === this.stamp) return true;
    if (!this.fits(v, demanded, excluded)) return false;
    this.inUnion[v] = this.stamp;
    this.gathered.push(v);
    for (const g of this.model.groupsOf[v] ?? []) {
      this.ownerStamp[g] = this.stamp;
      this.owner[g] = v;
    }
    return true;
  }
}
