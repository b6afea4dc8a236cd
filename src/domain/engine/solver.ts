import type { ConstraintModel } from './constraint-model';
import { ConflictAnalysis } from './conflict-analysis';
import { NO_REASON } from './trail';


/**
 * A small CDCL solver under assumptions (the buyer's decisions). It branches only on
 * `requires` clauses whose module is true and none of whose options is yet, trying the
 * options in catalog order; every other variable defaults to false, which satisfies all
 * other constraints, so models stay small. Calls sharing a prefix of assumptions reuse
 * the propagation of that prefix. After an unsatisfiable call, `core` holds the
 * assumptions the refutation used and `coreTags` the rules (indices into `model.tags`).
 */
const NONE: readonly number[] = [];
const EMPTY = new Int32Array();

export class Solver extends ConflictAnalysis {
  private placed: readonly number[] = [];
  /** Trail position below which every true module has its `requires` clauses satisfied. */
  private scan = 0;
  private readonly scanAt: Int32Array;

  /** Branch on the last open option of a `requires` rather than the first (for a second, different witness). */
  lastOptionFirst = false;

  constructor(model: ConstraintModel, source?: Solver) {
    super(model, source);
    this.scanAt = new Int32Array(2 * model.variableCount + 2);
  }

  /**
   * Makes this solver equal to `source` at level 0, as `source.copy()` would be, reusing
   * this one's memory (a copy of a large catalog's solver is about 1 MB).
   */
  resetFrom(source: Solver): void {
    this.resetAnalysisFrom(source);
    this.placed = [];
    this.scan = 0;
    this.lastOptionFirst = source.lastOptionFirst;
  }

  /** An independent copy at level 0, learned clauses and facts included. */
  copy(): Solver {
    return new Solver(this.model, this);
  }

  override newLevel(): void {
    this.scanAt[this.decisionLevel] = this.scan;
    super.newLevel();
  }

  override cancelUntil(level: number): void {
    if (this.decisionLevel <= level) return;
    this.scan = Math.min(this.scan, this.scanAt[level] ?? 0);
    super.cancelUntil(level);
  }

  /**
   * True when some assignment extending the assumptions satisfies every hard constraint.
   * With `search` false, only places and propagates the assumptions: false then means
   * refuted, true only that propagation found no conflict.
   */
  solve(assumptions: readonly number[], search = true): boolean {
    let keep = 0;
    while (keep < assumptions.length && assumptions[keep] === this.placed[keep]) keep++;
    this.cancelUntil(Math.min(keep, this.decisionLevel));
    this.placed = assumptions;
    for (;;) {
      if (!this.propagate()) {
        if (this.decisionLevel === 0) return this.refuted([], this.conflictTags, this.conflictLits);
        this.learn();
      } else if (this.decisionLevel < assumptions.length) {
        const next = assumptions[this.decisionLevel] ?? 0;
        const value = this.litValue(next);
        if (value === -1) return this.analyzeFinal(next);
        this.newLevel();
        if (value === 0) this.assign(next, NO_REASON);
      } else {
        if (!search) return true;
        const option = this.openOption();
        if (option < 0) return true;
        this.newLevel();
        this.assign(option, NO_REASON);
      }
    }
  }

  /** Asserts a literal known to hold in every model (a catalog-level fact), with the rules behind it. */
  addFact(lit: number, tags: readonly number[]): void {
    this.cancelUntil(0);
    const index = this.clauses.push(Int32Array.of(lit)) - 1;
    this.learnedTags.push(tags);
    if (this.litValue(lit) === 0) this.assign(lit, index);
  }

  /** Module variables true in the model just found (unassigned ones are false). */
  trueModules(): number[] {
    const result: number[] = [];
    for (let i = 0; i < this.trailSize; i++) {
      const lit = this.trail[i] ?? 0;
      if ((lit & 1) === 0 && lit >> 1 < this.model.moduleIds.length) result.push(lit >> 1);
    }
    return result;
  }

  private openOption(): number {
    const { requiresOf, clauses } = this.model;
    for (; this.scan < this.trailSize; this.scan++) {
      const lit = this.trail[this.scan] ?? 0;
      if (lit & 1) continue;
      const requires = requiresOf[lit >> 1] ?? NONE;
      for (let r = 0; r < requires.length; r++) {
        const clause = clauses[requires[r] ?? 0] ?? EMPTY;
        let open = -1;
        for (let k = 1; k < clause.length; k++) {
          const value = this.litValue(clause[k] ?? 0);
          if (value === 1) { open = -1; break; }
          if (value === 0 && (open < 0 || this.lastOptionFirst)) open = clause[k] ?? 0;
        }
        if (open >= 0) return open;
      }
    }
    return -1;
  }

  private learn(): void {
    const { learnt, tags } = this.analyze();
    let back = 1;
    for (let k = 2; k < learnt.length; k++) {
      if (this.levelOf(learnt[k] ?? 0) > this.levelOf(learnt[back] ?? 0)) back = k;
    }
    const backLevel = learnt.length > 1 ? this.levelOf(learnt[back] ?? 0) : 0;
    if (back > 1) [learnt[1], learnt[back]] = [learnt[back] ?? 0, learnt[1] ?? 0];
    this.cancelUntil(backLevel);
    const clause = Int32Array.from(learnt);
    const index = this.clauses.push(clause) - 1;
    this.learnedTags.push(tags);
    this.watch(clause, index);
    this.assign(learnt[0] ?? 0, index);
  }

}
