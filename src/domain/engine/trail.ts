import type { ConstraintModel } from './constraint-model';
import type { TagSink } from './tag-set';

export const NO_REASON = -1;
const EMPTY = new Int32Array();
/** A variable forced false by an at-most-one group holds `GROUP_REASON - group` as reason. */
export const GROUP_REASON = -2;

/**
 * Assignments, the trail and their reasons (clauses, at-most-one groups, decisions)
 * over one constraint model, with the rules (tags) behind each. Mutable, but owned by
 * one solver for the length of one engine call, so the engine stays pure from outside.
 */
export class Trail {
  /** 0 unassigned, 1 true, -1 false, per variable. */
  readonly value: Int8Array;
  readonly level: Int32Array;
  protected readonly reason: Int32Array;
  protected readonly trigger: Int32Array;
  /** Trail position of each assigned variable. */
  protected readonly position: Int32Array;
  readonly trail: Int32Array;
  trailSize = 0;
  /** Trail position where each open level begins (the first `decisionLevel` entries; a level may assign nothing, hence twice the variables). */
  protected readonly trailStart: Int32Array;
  /** Trail position of the next assignment to propagate. */
  protected head = 0;
  protected readonly clauses: Int32Array[];
  /** Rule tags behind each learned clause, indexed from the first learned clause. */
  protected readonly learnedTags: (readonly number[])[] = [];
  /** Rule tags behind each fact found at level 0. */
  protected readonly factTags: (readonly number[] | undefined)[];

  /** A fresh trail, or a copy of `source` at level 0. */
  constructor(readonly model: ConstraintModel, source?: Trail) {
    const n = model.variableCount;
    source?.cancelUntil(0);
    this.trailStart = new Int32Array(2 * n + 2);
    this.value = source ? source.value.slice() : new Int8Array(n);
    this.level = source ? source.level.slice() : new Int32Array(n);
    this.reason = source ? source.reason.slice() : new Int32Array(n).fill(NO_REASON);
    this.trigger = source ? source.trigger.slice() : new Int32Array(n);
    this.position = source ? source.position.slice() : new Int32Array(n);
    this.trail = source ? source.trail.slice() : new Int32Array(n);
    this.clauses = (source ? source.clauses : model.clauses).map((c, i) => (this.neverWatched(c, i) ? c : c.slice()));
    this.factTags = source ? source.factTags.slice() : new Array<readonly number[] | undefined>(n).fill(undefined);
    if (!source) return;
    this.trailSize = source.trailSize;
    this.head = source.head;
    this.learnedTags = [...source.learnedTags];
  }

  /** The number of open levels (kept in a field: read on every assignment). */
  decisionLevel = 0;

  litValue(lit: number): number {
    const v = this.value[lit >> 1] ?? 0;
    return lit & 1 ? -v : v;
  }

  assign(lit: number, reason: number, trigger = 0): void {
    const v = lit >> 1;
    this.value[v] = lit & 1 ? -1 : 1;
    this.level[v] = this.decisionLevel;
    this.reason[v] = reason;
    this.trigger[v] = trigger;
    this.position[v] = this.trailSize;
    this.trail[this.trailSize++] = lit;
  }

  /**
   * Unit facts and the catalog's two-literal clauses are never watched, so never
   * reordered: trails share them rather than copy them.
   */
  private neverWatched(clause: Int32Array, index: number): boolean {
    return clause.length === 1 || (index < this.model.clauses.length && clause.length === 2);
  }

  /**
   * Makes this trail equal to `source` at level 0 (values, reasons, clauses with their
   * literal order, learned clauses and facts), reusing this one's memory: the same as a
   * fresh copy, without allocating one.
   */
  protected resetTrailFrom(source: Trail): void {
    source.cancelUntil(0);
    this.cancelUntil(0);
    this.value.set(source.value);
    this.level.set(source.level);
    this.reason.set(source.reason);
    this.trigger.set(source.trigger);
    this.position.set(source.position);
    this.trail.set(source.trail);
    this.trailSize = source.trailSize;
    this.head = source.head;
    source.clauses.forEach((c, i) => {
      const mine = this.clauses[i];
      if (this.neverWatched(c, i)) this.clauses[i] = c;
      else if (mine !== undefined && mine !== c && mine.length === c.length) mine.set(c);
      else this.clauses[i] = c.slice();
    });
    this.clauses.length = source.clauses.length;
    this.learnedTags.length = 0;
    for (const tags of source.learnedTags) this.learnedTags.push(tags);
    for (let v = 0; v < this.factTags.length; v++) this.factTags[v] = source.factTags[v];
  }

  newLevel(): void {
    this.trailStart[this.decisionLevel++] = this.trailSize;
  }

  cancelUntil(level: number): void {
    if (this.decisionLevel <= level) return;
    const start = this.trailStart[level] ?? 0;
    for (let i = this.trailSize - 1; i >= start; i--) this.value[(this.trail[i] ?? 0) >> 1] = 0;
    this.trailSize = start;
    this.head = Math.min(this.head, start);
    this.decisionLevel = level;
  }

  /** The rules (tags) of the reason that forced variable `v` (none for a decision), added to `tags`. */
  protected addReasonTags(v: number, tags: TagSink): void {
    const r = this.reason[v] ?? NO_REASON;
    if (r >= this.model.clauses.length) {
      const learned = this.learnedTags[r - this.model.clauses.length] ?? [];
      for (let i = 0; i < learned.length; i++) tags.add(learned[i] ?? 0);
    }
    else if (r >= 0) tags.add(this.model.clauseTag[r] ?? 0);
    else if (r !== NO_REASON) tags.add(this.model.groupTag[GROUP_REASON - r] ?? 0);
  }

  /**
   * The false literals that forced variable `v` (none for a decision), written into
   * `into` from position `at`; returns the position after them. Buffers are reused with
   * a size of their own: emptying an array by `length = 0` gives its memory back.
   */
  protected pushReasonLits(v: number, into: number[], at = into.length): number {
    const r = this.reason[v] ?? NO_REASON;
    if (r >= 0) {
      const clause = this.clauses[r] ?? EMPTY;
      for (let k = 0; k < clause.length; k++) if ((clause[k] ?? 0) >> 1 !== v) into[at++] = clause[k] ?? 0;
    } else if (r !== NO_REASON) {
      into[at++] = (this.trigger[v] ?? 0) * 2 + 1;
    }
    return at;
  }

  /** The rules behind a fact found at level 0, worked out when first asked (level 0 is never undone). */
  protected tagsBehindFact(v: number): readonly number[] {
    const known = this.factTags[v];
    if (known) return known;
    const tags = new Set<number>();
    this.addReasonTags(v, tags);
    const lits: number[] = [];
    this.pushReasonLits(v, lits);
    for (const lit of lits) for (const t of this.tagsBehindFact(lit >> 1)) tags.add(t);
    const result = [...tags];
    this.factTags[v] = result;
    return result;
  }

}
