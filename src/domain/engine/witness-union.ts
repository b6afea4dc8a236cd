import type { ConstraintModel } from './constraint-model';
import type { CatalogFacts } from './catalog-facts';
import { anyDemanded } from './greedy-completion';

const NONE: readonly number[] = [];

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
  /** The modules of the last union tried, in a buffer kept from call to call. */
  private readonly buffer: Int32Array;
  private size = 0;

  /** A valid selection laid down once (`setModel`) for `provesOnModel`: its modules, and the one owning each group (-1: none). */
  private readonly inModel: Uint8Array;
  private readonly modelOwner: Int32Array;

  constructor(private readonly model: ConstraintModel, private readonly facts: CatalogFacts) {
    this.inUnion = new Int32Array(model.moduleIds.length);
    this.buffer = new Int32Array(model.moduleIds.length);
    this.owner = new Int32Array(model.groups.length);
    this.ownerStamp = new Int32Array(model.groups.length);
    this.inModel = new Uint8Array(model.moduleIds.length);
    this.modelOwner = new Int32Array(model.groups.length).fill(-1);
  }

  /** The modules of the last union tried (a valid selection when the proof succeeded; a view, valid until the next call). */
  get gathered(): Int32Array {
    return this.buffer.subarray(0, this.size);
  }

  /** Lays down a valid selection that `provesOnModel` joins witnesses to, without adding it again each time. */
  setModel(modules: readonly number[]): void {
    this.inModel.fill(0);
    this.modelOwner.fill(-1);
    for (let i = 0; i < modules.length; i++) {
      const v = modules[i] ?? 0;
      this.inModel[v] = 1;
      const groups = this.model.groupsOf[v] ?? NONE;
      for (let k = 0; k < groups.length; k++) this.modelOwner[groups[k] ?? 0] = v;
    }
  }

  /** `proves(model, modules, demanded)` for the model laid down by `setModel` (its modules are not gathered). */
  provesOnModel(modules: readonly number[], demanded: readonly number[]): boolean {
    this.stamp++;
    this.size = 0;
    for (let i = 0; i < modules.length; i++) {
      const witness = this.facts.witness[modules[i] ?? 0];
      if (!witness) return false;
      for (let w = 0; w < witness.length; w++) {
        const v = witness[w] ?? 0;
        if (this.inModel[v] === 1) continue;
        if (!this.add(v, demanded, -1)) return false;
        const groups = this.model.groupsOf[v] ?? NONE;
        for (let k = 0; k < groups.length; k++) {
          const owner = this.modelOwner[groups[k] ?? 0] ?? -1;
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
    this.size = 0;
    for (let i = 0; i < base.length; i++) if (!this.add(base[i] ?? 0, demanded, absent)) return false;
    for (const m of modules) {
      const witness = witnesses[m];
      if (!witness) return false;
      for (let w = 0; w < witness.length; w++) if (!this.add(witness[w] ?? 0, demanded, absent)) return false;
    }
    return true;
  }

  private add(v: number, demanded: readonly number[], absent: number): boolean {
    if (this.inUnion[v] === this.stamp) return true;
    if (v === absent) return false;
    this.inUnion[v] = this.stamp;
    this.buffer[this.size++] = v;
    const ruledOut = this.model.ruledOutBy[v] ?? [];
    if (ruledOut.length > 0 && anyDemanded(ruledOut, demanded)) return false;
    const groups = this.model.groupsOf[v] ?? NONE;
    for (let k = 0; k < groups.length; k++) {
      const g = groups[k] ?? 0;
      if (this.ownerStamp[g] === this.stamp && this.owner[g] !== v) return false;
      this.ownerStamp[g] = this.stamp;
      this.owner[g] = v;
    }
    return true;
  }
}
