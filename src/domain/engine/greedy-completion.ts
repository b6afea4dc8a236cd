import type { ConstraintModel } from './constraint-model';

const NONE: readonly number[] = [];
const EMPTY = new Int32Array();

/** True when one of `demanded` is among `ruledOut` (plain loops: called for every module tried, no closure to allocate). */
export function anyDemanded(ruledOut: readonly number[], demanded: readonly number[]): boolean {
  for (let i = 0; i < demanded.length; i++) if (ruledOut.includes(demanded[i] ?? -1)) return true;
  return false;
}

/** How many wrong option choices a completion may take back before leaving the question to the solver. */
const BUDGET = 8;

/**
 * A cheap, sound (not complete) satisfiability proof: starting from some modules, meet
 * each unmet `requires` with an option that breaks no at-most-one group, no demanded
 * qualification and no caller's exclusion, backtracking a little (no propagation, a
 * small budget). If every `requires` ends up met, the modules gathered are a valid
 * selection; otherwise the engine asks the solver.
 */
export class GreedyCompletion {
  private readonly inUnion: Int32Array;
  private readonly owner: Int32Array;
  private readonly ownerStamp: Int32Array;
  private stamp = 0;
  private left = 0;
  private demanded: readonly number[] = [];
  private excluded: (v: number) => boolean = () => false;
  /** The modules gathered so far, in a buffer kept from call to call (an array emptied each call was most of the engine's garbage). */
  private readonly buffer: Int32Array;
  private size = 0;

  /** `witness`: a valid selection per module (catalog facts), tried whole before single options. */
  constructor(private readonly model: ConstraintModel, private readonly witness: readonly (Int32Array | null)[] = []) {
    this.inUnion = new Int32Array(model.moduleIds.length);
    this.buffer = new Int32Array(model.moduleIds.length);
    this.owner = new Int32Array(model.groups.length);
    this.ownerStamp = new Int32Array(model.groups.length);
  }

  /** The modules of the last successful completion (a view, valid until the next call). */
  get gathered(): Int32Array {
    return this.buffer.subarray(0, this.size);
  }

  /** True when `modules` extend to a valid selection under the demanded qualification variables, avoiding `excluded` ones. */
  completes(modules: readonly number[], demanded: readonly number[], excluded: (v: number) => boolean = () => false): boolean {
    return this.completesOn(NONE, modules, demanded, excluded);
  }

  /**
   * The same for `model` (a valid selection, whose own `requires` need no checking)
   * plus `modules`: what is gathered is then the model and the completion.
   */
  completesOn(model: readonly number[], modules: readonly number[], demanded: readonly number[], excluded: (v: number) => boolean = () => false): boolean {
    this.stamp += 2;
    this.size = 0;
    this.left = BUDGET;
    this.demanded = demanded;
    this.excluded = excluded;
    if (!this.addAll(model)) return false;
    const met = this.size;
    return this.addAll(modules) && this.meetFrom(met);
  }

  private addAll(modules: readonly number[]): boolean {
    for (let i = 0; i < modules.length; i++) {
      const v = modules[i] ?? 0;
      if (this.inUnion[v] === this.stamp) continue;
      if (!this.fits(v)) return false;
      this.add(v);
    }
    return true;
  }

  private meetFrom(start: number): boolean {
    for (let i = start; i < this.size; i++) {
      const requires = this.model.requiresOf[this.buffer[i] ?? 0] ?? NONE;
      for (let r = 0; r < requires.length; r++) {
        const clause = this.model.clauses[requires[r] ?? 0] ?? EMPTY;
        if (this.met(clause)) continue;
        // An option's witness meets its whole chain of requires at once: no recursion into it.
        for (let k = 1; k < clause.length; k++) {
          const chunk = this.witness[(clause[k] ?? 0) >> 1];
          if (!chunk || !this.fitsAll(chunk)) continue;
          const mark = this.size;
          for (let c = 0; c < chunk.length; c++) {
            const v = chunk[c] ?? 0;
            if (this.inUnion[v] !== this.stamp) this.add(v);
          }
          if (this.meetFrom(i)) return true;
          this.undo(mark);
          if (--this.left < 0) return false;
        }
        for (let k = 1; k < clause.length; k++) {
          const option = (clause[k] ?? 0) >> 1;
          if (this.left < 0) return false;
          if (!this.fits(option)) continue;
          const mark = this.size;
          this.add(option);
          if (this.meetFrom(i)) return true;
          this.undo(mark);
          this.left--;
        }
        return false;
      }
    }
    return true;
  }

  private met(clause: Int32Array): boolean {
    for (let k = 1; k < clause.length; k++) if (this.inUnion[(clause[k] ?? 0) >> 1] === this.stamp) return true;
    return false;
  }

  /** Every module of a valid selection fits with what is gathered (they cannot clash among themselves). */
  private fitsAll(modules: Int32Array): boolean {
    for (let i = 0; i < modules.length; i++) {
      const v = modules[i] ?? 0;
      if (this.inUnion[v] !== this.stamp && !this.fits(v)) return false;
    }
    return true;
  }

  private fits(v: number): boolean {
    if (this.excluded(v)) return false;
    const ruledOut = this.model.ruledOutBy[v] ?? [];
    if (ruledOut.length > 0 && anyDemanded(ruledOut, this.demanded)) return false;
    const groups = this.model.groupsOf[v] ?? NONE;
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i] ?? 0;
      if (this.ownerStamp[g] === this.stamp && this.owner[g] !== v) return false;
    }
    return true;
  }

  private add(v: number): void {
    this.inUnion[v] = this.stamp;
    this.buffer[this.size++] = v;
    const groups = this.model.groupsOf[v] ?? NONE;
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i] ?? 0;
      this.ownerStamp[g] = this.stamp;
      this.owner[g] = v;
    }
  }

  /** Takes back the modules added since `mark` (each owned its groups alone). */
  private undo(mark: number): void {
    while (this.size > mark) {
      const v = this.buffer[--this.size] ?? 0;
      this.inUnion[v] = this.stamp - 1;
      const groups = this.model.groupsOf[v] ?? NONE;
      for (let i = 0; i < groups.length; i++) this.ownerStamp[groups[i] ?? 0] = this.stamp - 1;
    }
  }
}
