import type { ConstraintModel } from './constraint-model';
import { Propagator } from './propagator';
import { TagSet, type TagSink } from './tag-set';
import { NO_REASON } from './trail';

/**
 * Conflict analysis: first-UIP learned clauses, and the assumption cores (with the
 * rules behind them) that explain why assumptions cannot all hold.
 */
export class ConflictAnalysis extends Propagator {
  core: number[] = [];
  coreTags: number[] = [];
  protected readonly seen: Uint8Array;
  private readonly tagSet: TagSet;
  /** Buffers of the refutation walks, reused. */
  private readonly stack: number[] = [];
  private readonly visited: number[] = [];
  private readonly reasonBuffer: number[] = [];

  constructor(model: ConstraintModel, source?: ConflictAnalysis) {
    super(model, source);
    this.seen = new Uint8Array(model.variableCount);
    this.tagSet = new TagSet(model.tags.length);
  }

  /** Makes this solver state equal to `source` at level 0, reusing this one's memory (the walk buffers and `seen` are left clean by every walk). */
  protected resetAnalysisFrom(source: ConflictAnalysis): void {
    this.resetPropagatorFrom(source);
    this.core = [];
    this.coreTags = [];
  }

  /**
   * After a satisfiable call, refutes a literal the call's assumptions alone already
   * made false (at an assumption level), without a new search; false if there is none.
   */
  refuteAssigned(lit: number, assumptionCount: number): boolean {
    if (this.litValue(lit) !== -1 || (this.level[lit >> 1] ?? 0) > assumptionCount) return false;
    const tags = this.tagSet;
    const core = [lit];
    const { stack, visited } = this;
    let top = 0;
    let seen = 0;
    stack[top++] = lit;
    while (top > 0) {
      const v = (stack[--top] ?? 0) >> 1;
      if (this.seen[v]) continue;
      this.seen[v] = 1;
      visited[seen++] = v;
      if (this.level[v] === 0) this.addFactTags(v, tags);
      else if (this.reason[v] === NO_REASON) core.push(this.trail[this.position[v] ?? 0] ?? 0);
      else {
        this.addReasonTags(v, tags);
        top = this.pushReasonLits(v, stack, top);
      }
    }
    for (let i = 0; i < seen; i++) this.seen[visited[i] ?? 0] = 0;
    this.core = core;
    this.coreTags = tags.take();
    return true;
  }

  /** First-UIP conflict analysis; also gathers the rules the learned clause rests on. */
  protected analyze(): { learnt: number[]; tags: number[] } {
    const tags = this.tagSet;
    for (let i = 0; i < this.conflictTags.length; i++) tags.add(this.conflictTags[i] ?? 0);
    const learnt = [0];
    const marked = this.visited;
    let markedCount = 0;
    const lits = this.reasonBuffer;
    let litCount = 0;
    for (let i = 0; i < this.conflictLits.length; i++) lits[litCount++] = this.conflictLits[i] ?? 0;
    let pending = 0;
    let index = this.trailSize - 1;
    let lit: number;
    do {
      for (let i = 0; i < litCount; i++) {
        const q = lits[i] ?? 0;
        const v = q >> 1;
        if (this.seen[v]) continue;
        this.seen[v] = 1;
        marked[markedCount++] = v;
        if (this.level[v] === 0) this.addFactTags(v, tags);
        else if (this.level[v] === this.decisionLevel) pending++;
        else learnt.push(q);
      }
      while (!this.seen[(this.trail[index] ?? 0) >> 1]) index--;
      lit = this.trail[index--] ?? 0;
      pending--;
      litCount = this.pushReasonLits(lit >> 1, lits, 0);
      if (pending > 0) this.addReasonTags(lit >> 1, tags);
    } while (pending > 0);
    for (let i = 0; i < markedCount; i++) this.seen[marked[i] ?? 0] = 0;
    learnt[0] = lit ^ 1;
    return { learnt, tags: tags.take() };
  }

  /** The assumptions (and rules) that force assumption `failed` false. */
  protected analyzeFinal(failed: number): false {
    const tags = this.tagSet;
    const core = [failed];
    const marked = this.visited;
    const reasons = this.stack;
    let markedCount = 0;
    marked[markedCount++] = failed >> 1;
    this.seen[failed >> 1] = 1;
    if (this.level[failed >> 1] === 0) this.addFactTags(failed >> 1, tags);
    const from = this.level[failed >> 1] === 0 ? -1 : this.position[failed >> 1] ?? -1;
    const firstDecision = this.decisionLevel > 0 ? this.trailStart[0] ?? this.trailSize : this.trailSize;
    for (let i = from; i >= firstDecision; i--) {
      const v = (this.trail[i] ?? 0) >> 1;
      if (!this.seen[v]) continue;
      if (this.reason[v] === NO_REASON) {
        core.push(this.trail[i] ?? 0);
        continue;
      }
      this.addReasonTags(v, tags);
      const count = this.pushReasonLits(v, reasons, 0);
      for (let k = 0; k < count; k++) {
        const u = (reasons[k] ?? 0) >> 1;
        if (this.seen[u]) continue;
        this.seen[u] = 1;
        marked[markedCount++] = u;
        if (this.level[u] === 0) this.addFactTags(u, tags);
      }
    }
    for (let k = 0; k < markedCount; k++) this.seen[marked[k] ?? 0] = 0;
    return this.refuted(core, tags.take());
  }

  protected levelOf(lit: number): number {
    return this.level[lit >> 1] ?? 0;
  }

  private addFactTags(v: number, tags: TagSink): void {
    const facts = this.tagsBehindFact(v);
    for (let i = 0; i < facts.length; i++) tags.add(facts[i] ?? 0);
  }

  protected refuted(core: number[], tags: readonly number[], lits: number[] = []): false {
    for (let i = 0; i < tags.length; i++) this.tagSet.add(tags[i] ?? 0);
    for (let i = 0; i < lits.length; i++) this.addFactTags((lits[i] ?? 0) >> 1, this.tagSet);
    this.core = core;
    this.coreTags = this.tagSet.take();
    return false;
  }
}
