import type { ConfiguratorStore } from '../store/configurator-store';

/**
 * Calls `onUndone` once the history steps back before the change just made (its step taken back by undo), and then
 * stops watching: a redo brings the change back as any other, not what was said about it. Also stops when the step
 * leaves the history otherwise (dropped past the history's limit: it can no longer be undone). Returns the stop.
 */
export function whenUndone(store: ConfiguratorStore, onUndone: () => void): () => void {
  const step = store.getState().history.past.at(-1);
  if (step === undefined) return () => {};
  const stop = store.subscribe((state) => {
    if (state.history.past.includes(step)) return;
    stop();
    // Undo leaves something to redo; a step dropped past the limit went with a new change, which empties the future.
    if (state.history.future.length > 0) onUndone();
  });
  return stop;
}
