/**
 * What the explanation pass has learned about each set of decisions it asked about
 * (keyed by their sorted literals): every module seen in some model of them. A module
 * seen in a model of decisions T proves T plus that module satisfiable without a new
 * search. Questions about the same T follow each other, later modules first, and the
 * model found for one module holds the earlier modules it requires, so it often
 * settles the next questions.
 */
export class ModelMemory {
  /** One bit per module (a byte each made ~500 KB of garbage per call on the bench catalog). */
  private readonly seen = new Map<string, Uint32Array>();

  constructor(private readonly moduleCount: number) {}

  /** Notes a valid selection satisfying the decisions of `key`. */
  record(key: string, modules: ArrayLike<number>): void {
    let seen = this.seen.get(key);
    if (seen === undefined) {
      seen = new Uint32Array((this.moduleCount >> 5) + 1);
      this.seen.set(key, seen);
    }
    for (let i = 0; i < modules.length; i++) {
      const v = modules[i] ?? 0;
      seen[v >> 5] = (seen[v >> 5] ?? 0) | (1 << (v & 31));
    }
  }

  /** True when some recorded model of the decisions of `key` contains `module`. */
  contains(key: string, module: number): boolean {
    return (((this.seen.get(key)?.[module >> 5] ?? 0) >>> (module & 31)) & 1) === 1;
  }
}
