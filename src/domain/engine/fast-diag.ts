/**
 * FastDiag (Felfernig, Schubert & Zehentner 2012): a minimal set of constraints to drop
 * so that the rest is consistent, preferring to drop those listed first. `background`
 * holds constraints that must stay. Needs O(|diagnosis| · log n) consistency checks.
 */
export function fastDiag<T>(candidates: readonly T[], background: readonly T[], consistent: (kept: readonly T[]) => boolean): T[] | null {
  if (!consistent(background)) return null;
  if (candidates.length === 0 || consistent([...background, ...candidates])) return [];
  const all = [...background, ...candidates];
  return search([], candidates, all, consistent);
}

function search<T>(removed: readonly T[], candidates: readonly T[], all: readonly T[], consistent: (kept: readonly T[]) => boolean): T[] {
  if (removed.length > 0 && consistent(all)) return [];
  if (candidates.length === 1) return [...candidates];
  const half = Math.floor(candidates.length / 2);
  const first = candidates.slice(0, half);
  const second = candidates.slice(half);
  const fromSecond = search(first, second, without(all, first), consistent);
  const fromFirst = search(fromSecond, first, without(all, fromSecond), consistent);
  return [...fromSecond, ...fromFirst];
}

const without = <T>(items: readonly T[], removed: readonly T[]): T[] => items.filter((x) => !removed.includes(x));

/**
 * Up to `limit` distinct minimal diagnoses, best first: FastDiag's preferred one, then the
 * preferred ones that keep one of its members, then two (breadth first over the sets of
 * decisions kept), within `budget` FastDiag runs. Keeping members one at a time is not
 * enough: the preferred diagnosis that keeps a member is often one already found, while a
 * diagnosis just as small appears only once two members are kept.
 */
export function diagnoses<T>(candidates: readonly T[], consistent: (kept: readonly T[]) => boolean, limit: number, budget = 4 * limit): T[][] {
  const found: T[][] = [];
  const keeps: T[][] = [[]];
  const explored = new Set<string>();
  for (let runs = 0; keeps.length > 0 && found.length < limit && runs < budget; runs += 1) {
    const keep = keeps.shift() ?? [];
    const diagnosis = fastDiag(candidates.filter((c) => !keep.includes(c)), keep, consistent);
    if (diagnosis === null) continue; // what this keeps cannot stand together
    if (!found.some((d) => sameSet(d, diagnosis))) found.push(diagnosis);
    for (const member of diagnosis) {
      const next = [...keep, member];
      const key = JSON.stringify(candidates.map((c) => next.includes(c)));
      if (explored.has(key)) continue;
      explored.add(key);
      keeps.push(next);
    }
  }
  return found;
}

/** The same members, in any order (diagnoses hold each member once). */
export const sameSet = <T>(a: readonly T[], b: readonly T[]): boolean => a.length === b.length && a.every((x) => b.includes(x));
