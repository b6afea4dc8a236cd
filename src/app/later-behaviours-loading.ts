import type { ConfiguratorState, ConfiguratorStore } from '../store/configurator-store';
import { afterFirstScreen } from './after-first-screen';
import { isHistoryKey } from './history-keys';

/**
 * What the first screen does not need (later-behaviours: the undo shortcuts, the screen reader's announcements, a
 * conflict's fuller reasons), fetched just after it, off its budget. Meanwhile an undo or redo key is kept (not left to
 * the browser's own undo) and the state before the first change noted: the keys are applied and the changes said once
 * it arrives. If it does not, both are dropped (a Ctrl+Z pressed offline is not played back minutes later), and it is
 * fetched again at the next change or undo or redo key (that key applied if it arrives). Returns what stops it all.
 */
export function startLaterBehavioursSoon(store: ConfiguratorStore): () => void {
  let stop = () => {};
  let live = true;
  let loading = false;
  let meanwhile: { held: KeyboardEvent[]; since?: ConfiguratorState } = { held: [] };
  const load = () => {
    if (loading) return;
    loading = true;
    import('./later-behaviours').then(
      (m) => live && (stopWaiting(), (stop = m.startLaterBehaviours(store, meanwhile))),
      () => {
        loading = false;
        meanwhile = { held: [] };
      },
    );
  };
  const hold = (event: KeyboardEvent) => {
    if (!isHistoryKey(event)) return;
    event.preventDefault();
    meanwhile.held.push(event);
    load();
  };
  const noteChanges = store.subscribe((next, prev) => {
    if (next.configuration === prev.configuration) return;
    meanwhile.since ??= prev;
    load();
  });
  const stopWaiting = () => {
    noteChanges();
    window.removeEventListener('keydown', hold);
  };
  window.addEventListener('keydown', hold);
  const cancel = afterFirstScreen(load);
  return () => {
    live = false;
    stopWaiting();
    cancel();
    stop();
  };
}
