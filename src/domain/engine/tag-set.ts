/** Anything rule tags can be added to: a `Set`, or the solver's reusable `TagSet`. */
export interface TagSink {
  add(tag: number): unknown;
}

/**
 * A set of rule tags (indices into `model.tags`) reused from one refutation to the next:
 * a stamp per tag instead of a new `Set` each time (the look-ahead walks hundreds of
 * refutations per call; their `Set`s were most of its garbage).
 */
export class TagSet implements TagSink {
  private readonly stampOf: Uint32Array;
  private stamp = 1;
  /** The tags added since the last `take`, in a buffer kept from one refutation to the next (growing a new array each time made half the garbage of a call). */
  private readonly list: number[] = [];
  private size = 0;

  constructor(tagCount: number) {
    this.stampOf = new Uint32Array(tagCount);
  }

  add(tag: number): this {
    if (this.stampOf[tag] !== this.stamp) {
      this.stampOf[tag] = this.stamp;
      this.list[this.size++] = tag;
    }
    return this;
  }

  /** The tags added since the last `take`, and an empty set for the next refutation. */
  take(): number[] {
    const result = this.list.slice(0, this.size);
    this.size = 0;
    this.stamp++;
    return result;
  }
}
