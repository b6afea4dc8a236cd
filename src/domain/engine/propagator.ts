import type { ConstraintModel } from './constraint-model';
import { GROUP_REASON, Trail } from './trail';

/**
 * Unit propagation over a trail: two watched literals for clauses, direct propagation
 * for at-most-one groups.
 */
export class Propagator extends Trail {
  private readonly watches: number[][];
  /**
   * Entries in use per watch list: lists are never shortened (shortening an array gives
   * its memory back, and the next watch moved onto it allocated again: most of the
   * garbage of a propagation), only overwritten up to this count.
   */
  private readonly watchCount: Int32Array;
  /** Per literal, the catalog's two-literal clauses it sits in, as (other literal, clause) pairs: shared, never changed. */
  private readonly binary: readonly Int32Array[];
  conflictLits: number[] = [];
  conflictTags: readonly number[] = [];

  /** A fresh propagator, or a copy of `source` at level 0 (copying is much cheaper than rebuilding). */
  constructor(model: ConstraintModel, source?: Propagator) {
    super(model, source);
    this.binary = binaryImplications(model);
    if (source) {
      this.watches = source.watches.map((list, lit) => list.slice(0, source.watchCount[lit] ?? 0));
      this.watchCount = source.watchCount.slice();
      return;
    }
    this.watches = Array.from({ length: 2 * model.variableCount }, () => []);
    this.watchCount = new Int32Array(2 * model.variableCount);
    this.clauses.forEach((c, i) => {
      if (c.length !== 2) this.watch(c, i);
    });
  }

  /** Makes this propagator equal to `source` at level 0, watches in the same order, reusing this one's memory. */
  protected resetPropagatorFrom(source: Propagator): void {
    this.resetTrailFrom(source);
    source.watches.forEach((list, lit) => {
      const mine = this.watches[lit];
      const count = source.watchCount[lit] ?? 0;
      if (mine === undefined) return;
      for (let i = 0; i < count; i++) mine[i] = list[i] ?? 0;
    });
    this.watchCount.set(source.watchCount);
    this.conflictLits = [];
    this.conflictTags = [];
  }

  /**
   * Propagates pending level-0 facts, and works out the rules behind each of them once
   * (copies share them: otherwise every engine call worked them out again); false if
   * they contradict each other.
   */
  settle(): boolean {
    this.cancelUntil(0);
    if (!this.propagate()) return false;
    for (let i = 0; i < this.trailSize; i++) this.tagsBehindFact((this.trail[i] ?? 0) >> 1);
    return true;
  }

  /** Unit clauses are never watched: they are asserted once, at level 0. */
  protected watch(clause: Int32Array, index: number): void {
    if (clause.length < 2) return;
    this.addWatch(clause[0] ?? 0, index, clause[1] ?? 0);
    this.addWatch(clause[1] ?? 0, index, clause[0] ?? 0);
  }

  private addWatch(lit: number, clause: number, blocker: number): void {
    const list = this.watches[lit];
    if (list === undefined) return;
    const count = this.watchCount[lit] ?? 0;
    list[count] = clause;
    list[count + 1] = blocker;
    this.watchCount[lit] = count + 2;
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
    const { groupsOf, groups, groupTag } = this.model;
    const mine = groupsOf[v] ?? [];
    for (let i = 0; i < mine.length; i++) {
      const g = mine[i] ?? 0;
      const members = groups[g] ?? EMPTY;
      for (let k = 0; k < members.length; k++) {
        const u = members[k] ?? 0;
        if (u === v) continue;
        const value = this.value[u];
        if (value === 1) return this.fail([v * 2 + 1, u * 2 + 1], [groupTag[g] ?? 0]);
        if (value === 0) this.assign(u * 2 + 1, GROUP_REASON - g, v);
      }
    }
    return true;
  }

  private propagateClauses(falseLit: number): boolean {
    const pairs = this.binary[falseLit];
    if (pairs !== undefined) {
      for (let k = 0; k < pairs.length; k += 2) {
        const other = pairs[k] ?? 0;
        const value = this.litValue(other);
        if (value === 1) continue;
        const ci = pairs[k + 1] ?? 0;
        if (value === -1) return this.fail([falseLit, other], this.tagsOfClause(ci));
        this.assign(other, ci);
      }
    }
    // Watch entries come in pairs: the clause, and a literal of it (the other watch when
    // set) whose truth settles the clause without reading it.
    const list = this.watches[falseLit] ?? [];
    const count = this.watchCount[falseLit] ?? 0;
    const values = this.value;
    let kept = 0;
    let ok = true;
    for (let i = 0; i < count; i += 2) {
      const ci = list[i] ?? 0;
      const blocker = list[i + 1] ?? 0;
      if (!ok || values[blocker >> 1] === (blocker & 1 ? -1 : 1)) {
        list[kept++] = ci;
        list[kept++] = blocker;
        continue;
      }
      const c = this.clauses[ci] ?? EMPTY;
      if (c[0] === falseLit) { c[0] = c[1] ?? 0; c[1] = falseLit; }
      const first = c[0] ?? 0;
      const firstValue = this.litValue(first);
      if (firstValue !== 1 && this.moveWatch(c, ci, first)) continue;
      list[kept++] = ci;
      list[kept++] = first;
      if (firstValue === 1) continue;
      if (firstValue === -1) ok = this.fail([...c], this.tagsOfClause(ci));
      else this.assign(first, ci);
    }
    this.watchCount[falseLit] = kept;
    return ok;
  }

  private moveWatch(c: Int32Array, ci: number, first: number): boolean {
    for (let k = 2; k < c.length; k++) {
      const lit = c[k] ?? 0;
      if (this.litValue(lit) === -1) continue;
      c[k] = c[1] ?? 0;
      c[1] = lit;
      this.addWatch(lit, ci, first);
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

const EMPTY = new Int32Array();
const binaryCache = new WeakMap<ConstraintModel, readonly Int32Array[]>();

/**
 * The catalog's two-literal clauses (one-option `requires`, demanded qualifications) as
 * implications: when one literal turns false the other must hold. Propagating them
 * needs no watches to move (half the clauses of a large catalog).
 */
function binaryImplications(model: ConstraintModel): readonly Int32Array[] {
  const cached = binaryCache.get(model);
  if (cached) return cached;
  const lists: number[][] = Array.from({ length: 2 * model.variableCount }, () => []);
  model.clauses.forEach((c, ci) => {
    if (c.length !== 2) return;
    const [a = 0, b = 0] = c;
    lists[a]?.push(b, ci);
    lists[b]?.push(a, ci);
  });
  const result = lists.map((list) => Int32Array.from(list));
  binaryCache.set(model, result);
  return result;
}
