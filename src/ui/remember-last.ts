/**
 * A derivation of a few store facts, worked out again only when one of them changes (compared by
 * identity) and otherwise the very same value, so a selector can return it without a shallow
 * comparison. `compute` also gets the previous value, to keep the parts that did not change.
 */
export function rememberLast<S, T>(inputs: (s: S) => readonly unknown[], compute: (s: S, previous: T | undefined) => T): (s: S) => T {
  let lastInputs: readonly unknown[] | null = null;
  let lastValue: T | undefined;
  return (s) => {
    const now = inputs(s);
    if (lastInputs !== null && now.length === lastInputs.length && now.every((x, i) => x === lastInputs?.[i])) return lastValue as T;
    lastValue = compute(s, lastValue);
    lastInputs = now;
    return lastValue;
  };
}
