/**
 * What the explanation pass has learned about each set of decisions it asked about
 * (keyed by their sorted literals): a first model (the base that cheap completions
 * start from) and every module seen in some model of them. A module seen in a model of
 * decisions T proves T plus that module satisfiable without a new search; questions
 * about the same T for many blocked modules follow each other, so each model found
 * for one of them often settles the next ones.
 */
export class ModelMemory {
  private readonly bases = new Map<string, readonly number[]>();
  private readonly seen = new Map<string, Uint8Array>();

  constructor(private readonly moduleCount: number) {}

  base(key: string): readonly number[] | undefined {
    return this.bases.get(key);
  }

  setBase(key: string, modules: readonly number[]): void {
    this.bases.set(key, modules);
    this.record(key, modules);
  }

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
