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
 * Up to `limit` distinct minimal diagnoses, best first: FastDiag's preferred one, then,
 * for each of its members in turn, the preferred one that keeps that member.
 */
export function diagnoses<T>(candidates: readonly T[], consistent: (kept: readonly T[]) => boolean, limit: number): T[][] {
  const first = fastDiag(candidates, [], consistent);
  if (first === null) return [];
  const found = [first];
  for (const keep of first) {
    if (found.length >= limit) break;
    const other = fastDiag(candidates.filter((c) => c !== keep), [keep], consistent);
    if (other && !found.some((d) => sameSet(d, other))) found.push(other);
  }
  return found;
}

const sameSet = <T>(a: readonly T[], b: readonly T[]): boolean => a.length === b.length && a.every((x) => b.includes(x));
