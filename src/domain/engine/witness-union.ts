import type { ConstraintModel } from './constraint-model';
import type { CatalogFacts } from './catalog-facts';

/**
 * A cheap, sound (not complete) satisfiability proof: the union of valid selections
 * still satisfies every `requires` (they only ask for more modules), so it is itself
 * valid when it puts at most one module in each at-most-one group and no module a
 * demanded qualification rules out. When the proof fails, the engine asks the solver.
 */
export class WitnessUnion {
  private readonly inUnion: Int32Array;
  private readonly owner: Int32Array;
  private readonly ownerStamp: Int32Array;
  private stamp = 0;
  /** The modules of the last union tried (a valid selection when the proof succeeded). */
  readonly gathered: number[] = [];

  /** A valid selection laid down once (`setModel`) for `provesOnModel`: its modules, and the one owning each group (-1: none). */
  private readonly inModel: Uint8Array;
  private readonly modelOwner: Int32Array;

  constructor(private readonly model: ConstraintModel, private readonly facts: CatalogFacts) {
    this.inUnion = new Int32Array(model.moduleIds.length);
    this.owner = new Int32Array(model.groups.length);
    this.ownerStamp = new Int32Array(model.groups.length);
    this.inModel = new Uint8Array(model.moduleIds.length);
    this.modelOwner = new Int32Array(model.groups.length).fill(-1);
  }

  /** Lays down a valid selection that `provesOnModel` joins witnesses to, without adding it again each time. */
  setModel(modules: readonly number[]): void {
    this.inModel.fill(0);
    this.modelOwner.fill(-1);
    for (const v of modules) {
      this.inModel[v] = 1;
      for (const g of this.model.groupsOf[v] ?? []) this.modelOwner[g] = v;
    }
  }

  /** `proves(model, modules, demanded)` for the model laid down by `setModel` (its modules are not gathered). */
  provesOnModel(modules: readonly number[], demanded: readonly number[]): boolean {
    this.stamp++;
    this.gathered.length = 0;
    for (const m of modules) {
      const witness = this.facts.witness[m];
      if (!witness) return false;
      for (const v of witness) {
        if (this.inModel[v] === 1) continue;
        if (!this.add(v, demanded, -1)) return false;
        for (const g of this.model.groupsOf[v] ?? []) {
          const owner = this.modelOwner[g] ?? -1;
          if (owner !== -1 && owner !== v) return false;
        }
      }
    }
    return true;
  }

  /**
   * True when the modules of `base` (a valid selection, or any modules) and the
   * witnesses of `modules` form a valid selection under the demanded qualification
   * variables, leaving out `absent` when given.
   */
  proves(base: readonly number[], modules: readonly number[], demanded: readonly number[], absent = -1, witnesses = this.facts.witness): boolean {
    this.stamp++;
    this.gathered.length = 0;
    for (const v of base) if (!this.add(v, demanded, absent)) return false;
    for (const m of modules) {
      const witness = witnesses[m];
      if (!witness) return false;
      for (const v of witness) if (!this.add(v, demanded, absent)) return false;
    }
    return true;
  }

  private add(v: number, demanded: readonly number[], absent: number): boolean {
    if (this.inUnion[v] === this.stamp) return true;
    if (v === absent) return false;
    this.inUnion[v] = this.stamp;
    this.gathered.push(v);
    const ruledOut = this.model.ruledOutBy[v] ?? [];
    if (ruledOut.length > 0 && demanded.some((q) => ruledOut.includes(q))) return false;
    for (const g of this.model.groupsOf[v] ?? []) {
      if (this.ownerStamp[g] === this.stamp && this.owner[g] !== v) return false;
      this.ownerStamp[g] = this.stamp;
      this.owner[g] = v;
    }
    return true;
  }
}
