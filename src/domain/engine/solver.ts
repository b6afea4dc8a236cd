import type { ConstraintModel } from './constraint-model';
import { Propagator } from './propagator';

const NO_REASON = -1;

/**
 * A small CDCL solver under assumptions (the buyer's decisions). It branches only on
 * `requires` clauses whose module is true and none of whose options is yet, trying the
 * options in catalog order; every other variable defaults to false, which satisfies all
 * other constraints, so models stay small. Calls sharing a prefix of assumptions reuse
 * the propagation of that prefix. After an unsatisfiable call, `core` holds the
 * assumptions the refutation used and `coreTags` the rules (indices into `model.tags`).
 */
export class Solver extends Propagator {
  core: number[] = [];
  coreTags: number[] = [];
  private placed: readonly number[] = [];
  /** Trail position below which every true module has its `requires` clauses satisfied. */
  private scan = 0;
  private readonly scanAt: number[] = [];
  private readonly seen: Uint8Array;

  constructor(model: ConstraintModel, source?: Solver) {
    super(model, source);
    this.seen = new Uint8Array(model.variableCount);
  }

  /** An independent copy at level 0, learned clauses and facts included. */
  copy(): Solver {
    return new Solver(this.model, this);
  }

  override newLevel(): void {
    this.scanAt.push(this.scan);
    super.newLevel();
  }

  override cancelUntil(level: number): void {
    if (this.decisionLevel <= level) return;
    this.scan = Math.min(this.scan, this.scanAt[level] ?? 0);
    this.scanAt.length = level;
    super.cancelUntil(level);
  }

  /** True when some assignment extending the assumptions satisfies every hard constraint. */
  solve(assumptions: readonly number[]): boolean {
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
        const option = this.openOption();
        if (option < 0) return true;
        this.newLevel();
        this.assign(option, NO_REASON);
      }
    }
  }

  /**
   * After a satisfiable call, refutes a literal the call's assumptions alone already
   * made false (at an assumption level), without a new search; false if there is none.
   */
  refuteAssigned(lit: number, assumptionCount: number): boolean {
    if (this.litValue(lit) !== -1 || (this.level[lit >> 1] ?? 0) > assumptionCount) return false;
    const tags = new Set<number>();
    const core = [lit];
    const stack = [lit >> 1];
    const visited: number[] = [];
    while (stack.length > 0) {
      const v = stack.pop() ?? 0;
      if (this.seen[v]) continue;
      this.seen[v] = 1;
      visited.push(v);
      if (this.level[v] === 0) this.addFactTags(v, tags);
      else if (this.reason[v] === NO_REASON) core.push(this.trail[this.position[v] ?? 0] ?? 0);
      else {
        for (const t of this.reasonTags(v)) tags.add(t);
        for (const q of this.reasonLits(v)) stack.push(q >> 1);
      }
    }
    for (const v of visited) this.seen[v] = 0;
    this.core = core;
    this.coreTags = [...tags];
    return true;
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
      for (const ci of requiresOf[lit >> 1] ?? []) {
        const clause = clauses[ci] ?? new Int32Array();
        let open = -1;
        for (let k = 1; k < clause.length; k++) {
          const value = this.litValue(clause[k] ?? 0);
          if (value === 1) { open = -1; break; }
          if (value === 0 && open < 0) open = clause[k] ?? 0;
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

  /** First-UIP conflict analysis; also gathers the rules the learned clause rests on. */
  private analyze(): { learnt: number[]; tags: number[] } {
    const tags = new Set(this.conflictTags);
    const learnt = [0];
    const marked: number[] = [];
    let lits = this.conflictLits;
    let pending = 0;
    let index = this.trailSize - 1;
    let lit: number;
    do {
      for (const q of lits) {
        const v = q >> 1;
        if (this.seen[v]) continue;
        this.seen[v] = 1;
        marked.push(v);
        if (this.level[v] === 0) this.addFactTags(v, tags);
        else if (this.level[v] === this.decisionLevel) pending++;
        else learnt.push(q);
      }
      while (!this.seen[(this.trail[index] ?? 0) >> 1]) index--;
      lit = this.trail[index--] ?? 0;
      pending--;
      lits = this.reasonLits(lit >> 1);
      if (pending > 0) for (const t of this.reasonTags(lit >> 1)) tags.add(t);
    } while (pending > 0);
    for (const v of marked) this.seen[v] = 0;
    learnt[0] = lit ^ 1;
    return { learnt, tags: [...tags] };
  }

  /** The assumptions (and rules) that force assumption `failed` false. */
  private analyzeFinal(failed: number): false {
    const tags = new Set<number>();
    const core = [failed];
    const marked = [failed >> 1];
    this.seen[failed >> 1] = 1;
    if (this.level[failed >> 1] === 0) this.addFactTags(failed >> 1, tags);
    const from = this.level[failed >> 1] === 0 ? -1 : this.position[failed >> 1] ?? -1;
    for (let i = from; i >= (this.trailStart[0] ?? this.trailSize); i--) {
      const v = (this.trail[i] ?? 0) >> 1;
      if (!this.seen[v]) continue;
      if (this.reason[v] === NO_REASON) {
        core.push(this.trail[i] ?? 0);
        continue;
      }
      for (const t of this.reasonTags(v)) tags.add(t);
      for (const q of this.reasonLits(v)) {
        const u = q >> 1;
        if (this.seen[u]) continue;
        this.seen[u] = 1;
        marked.push(u);
        if (this.level[u] === 0) this.addFactTags(u, tags);
      }
    }
    for (const v of marked) this.seen[v] = 0;
    return this.refuted(core, [...tags]);
  }

  private levelOf(lit: number): number {
    return this.level[lit >> 1] ?? 0;
  }

  private addFactTags(v: number, tags: Set<number>): void {
    for (const t of this.tagsBehindFact(v)) tags.add(t);
  }

  private refuted(core: number[], tags: readonly number[], lits: number[] = []): false {
    const all = new Set(tags);
    for (const q of lits) this.addFactTags(q >> 1, all);
    this.core = core;
    this.coreTags = [...all];
    return false;
  }
}
