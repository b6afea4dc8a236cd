/**
 * What the explanation pass has learned about each set of decisions it asked about
 * (keyed by their sorted literals): every module seen in some model of them. A module
 * seen in a model of decisions T proves T plus that module satisfiable without a new
 * search. Questions about the same T follow each other, later modules first, and the
 * model found for one module holds the earlier modules it requires, so it often
 * settles the next questions.
 */
export class ModelMemory {
  private readonly seen = new Map<string, Uint8Array>();

  constructor(private readonly moduleCount: number) {}

  /** Notes a valid selection satisfying the decisions of `key`. */
  record(key: string, modules: Iterable<number>): void {
    let seen = this.seen.get(key);
    if (seen === undefined) {
      seen = new Uint8Array(this.moduleCount);
      this.seen.set(key, seen);
    }
    for (const v of modules) seen[v] = 1;
  }

  /** True when some recorded model of the decisions of `key` contains `module`. */
  contains(key: string, module: number): boolean {
    return this.seen.get(key)?.[module] === 1;
  }
}
