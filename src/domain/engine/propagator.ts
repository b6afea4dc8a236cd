import type { ConstraintModel } from './constraint-model';

const NO_REASON = -1;
/** A variable forced false by an at-most-one group holds `GROUP_REASON - group` as reason. */
const GROUP_REASON = -2;

/**
 * Assignment, trail and unit propagation (two watched literals for clauses, direct
 * propagation for at-most-one groups) over one constraint model. Mutable, but owned by
 * one solver for the length of one engine call, so the engine stays pure from outside.
 */
export class Propagator {
  /** 0 unassigned, 1 true, -1 false, per variable. */
  readonly value: Int8Array;
  readonly level: Int32Array;
  protected readonly reason: Int32Array;
  protected readonly trigger: Int32Array;
  /** Trail position of each assigned variable. */
  protected readonly position: Int32Array;
  readonly trail: Int32Array;
  trailSize = 0;
  protected readonly trailStart: number[] = [];
  private head = 0;
  protected readonly clauses: Int32Array[];
  /** Rule tags behind each learned clause, indexed from the first learned clause. */
  protected readonly learnedTags: (readonly number[])[] = [];
  /** Rule tags behind each fact found at level 0. */
  protected readonly factTags: Map<number, readonly number[]> = new Map();
  private readonly watches: number[][];
  conflictLits: number[] = [];
  conflictTags: readonly number[] = [];

  /** A fresh propagator, or a copy of `source` at level 0 (copying is much cheaper than rebuilding). */
  constructor(readonly model: ConstraintModel, source?: Propagator) {
    const n = model.variableCount;
    if (source) {
      source.cancelUntil(0);
      this.value = source.value.slice();
      this.level = source.level.slice();
      this.reason = source.reason.slice();
      this.trigger = source.trigger.slice();
      this.position = source.position.slice();
      this.trail = source.trail.slice();
      this.trailSize = source.trailSize;
      this.head = source.head;
      this.clauses = source.clauses.map((c) => c.slice());
      this.learnedTags = [...source.learnedTags];
      this.factTags = new Map(source.factTags);
      this.watches = source.watches.map((list) => list.slice());
      return;
    }
    this.value = new Int8Array(n);
    this.level = new Int32Array(n);
    this.reason = new Int32Array(n).fill(NO_REASON);
    this.trigger = new Int32Array(n);
    this.position = new Int32Array(n);
    this.trail = new Int32Array(n);
    this.clauses = model.clauses.map((c) => c.slice());
    this.watches = Array.from({ length: 2 * n }, () => []);
    this.clauses.forEach((c, i) => this.watch(c, i));
  }

  /** Propagates pending level-0 facts; false if they contradict each other. */
  settle(): boolean {
    this.cancelUntil(0);
    return this.propagate();
  }

  get decisionLevel(): number {
    return this.trailStart.length;
  }

  litValue(lit: number): number {
    const v = this.value[lit >> 1] ?? 0;
    return lit & 1 ? -v : v;
  }

  /** Unit clauses are never watched: they are asserted once, at level 0. */
  protected watch(clause: Int32Array, index: number): void {
    if (clause.length < 2) return;
    this.watches[clause[0] ?? 0]?.push(index);
    this.watches[clause[1] ?? 0]?.push(index);
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

  newLevel(): void {
    this.trailStart.push(this.trailSize);
  }

  cancelUntil(level: number): void {
    if (this.decisionLevel <= level) return;
    const start = this.trailStart[level] ?? 0;
    for (let i = this.trailSize - 1; i >= start; i--) this.value[(this.trail[i] ?? 0) >> 1] = 0;
    this.trailSize = start;
    this.head = Math.min(this.head, start);
    this.trailStart.length = level;
  }

  /** The false literals that forced variable `v` (empty for a decision). */
  reasonLits(v: number): number[] {
    const r = this.reason[v] ?? NO_REASON;
    if (r >= 0) return [...(this.clauses[r] ?? [])].filter((l) => l >> 1 !== v);
    if (r === NO_REASON) return [];
    return [(this.trigger[v] ?? 0) * 2 + 1];
  }

  reasonTags(v: number): readonly number[] {
    const r = this.reason[v] ?? NO_REASON;
    if (r >= this.model.clauses.length) return this.learnedTags[r - this.model.clauses.length] ?? [];
    if (r >= 0) return [this.model.clauseTag[r] ?? 0];
    if (r === NO_REASON) return [];
    return [this.model.groupTag[GROUP_REASON - r] ?? 0];
  }

  /** The rules behind a fact found at level 0, worked out when first asked (level 0 is never undone). */
  protected tagsBehindFact(v: number): readonly number[] {
    const known = this.factTags.get(v);
    if (known) return known;
    const tags = new Set(this.reasonTags(v));
    for (const lit of this.reasonLits(v)) for (const t of this.tagsBehindFact(lit >> 1)) tags.add(t);
    const result = [...tags];
    this.factTags.set(v, result);
    return result;
  }

  /** Propagates every pending assignment; false on conflict (then `conflictLits`/`conflictTags` hold it). */
  propagate(): boolean {
    while (this.head < this.trailSize) {
      const lit = this.trail[this.head++] ?? 0;
      if (!this.propagateClauses(lit ^ 1)) return false;
      if ((lit & 1) === 0 && !this.propagateGroups(lit >> 1)) return false;
    }
    return true;
  }

  private propagateGroups(v: number): boolean {
    for (const g of this.model.groupsOf[v] ?? []) {
      for (const u of this.model.groups[g] ?? []) {
        if (u === v) continue;
        const value = this.value[u];
        if (value === 1) return this.fail([v * 2 + 1, u * 2 + 1], [this.model.groupTag[g] ?? 0]);
        if (value === 0) this.assign(u * 2 + 1, GROUP_REASON - g, v);
      }
    }
    return true;
  }

  private propagateClauses(falseLit: number): boolean {
    const list = this.watches[falseLit] ?? [];
    let kept = 0;
    let ok = true;
    for (let i = 0; i < list.length; i++) {
      const ci = list[i] ?? 0;
      if (!ok) { list[kept++] = ci; continue; }
      const c = this.clauses[ci] ?? new Int32Array();
      if (c[0] === falseLit) { c[0] = c[1] ?? 0; c[1] = falseLit; }
      const first = c[0] ?? 0;
      if (this.litValue(first) === 1) { list[kept++] = ci; continue; }
      if (this.moveWatch(c, ci)) continue;
      list[kept++] = ci;
      if (this.litValue(first) === -1) ok = this.fail([...c], this.tagsOfClause(ci));
      else this.assign(first, ci);
    }
    list.length = kept;
    return ok;
  }

  private moveWatch(c: Int32Array, ci: number): boolean {
    for (let k = 2; k < c.length; k++) {
      const lit = c[k] ?? 0;
      if (this.litValue(lit) === -1) continue;
      c[k] = c[1] ?? 0;
      c[1] = lit;
      this.watches[lit]?.push(ci);
      return true;
    }
    return false;
  }

  protected tagsOfClause(ci: number): readonly number[] {
    const original = this.model.clauses.length;
    return ci >= original ? this.learnedTags[ci - original] ?? [] : [this.model.clauseTag[ci] ?? 0];
  }

  private fail(lits: number[], tags: readonly number[]): false {
    this.conflictLits = lits;
    this.conflictTags = tags;
    return false;
  }
}
