/** Undo / redo stacks of immutable snapshots; the newest is last. */
export interface History<T> {
  past: T[];
  future: T[];
}

const LIMIT = 200;

export const emptyHistory = <T>(): History<T> => ({ past: [], future: [] });

export function recordChange<T>(history: History<T>, before: T): History<T> {
  return { past: [...history.past, before].slice(-LIMIT), future: [] };
}

/** The history without its newest step (a change that undid itself). */
export function dropLastStep<T>(history: History<T>): History<T> {
  return { past: history.past.slice(0, -1), future: history.future };
}

export function stepBack<T>(history: History<T>, current: T): { history: History<T>; snapshot: T } | undefined {
  const snapshot = history.past.at(-1);
  if (snapshot === undefined) return undefined;
  return { history: { past: history.past.slice(0, -1), future: [current, ...history.future] }, snapshot };
}

export function stepForward<T>(history: History<T>, current: T): { history: History<T>; snapshot: T } | undefined {
  const snapshot = history.future[0];
  if (snapshot === undefined) return undefined;
  return { history: { past: [...history.past, current], future: history.future.slice(1) }, snapshot };
}
