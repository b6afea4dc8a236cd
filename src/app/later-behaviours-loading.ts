import type { ConfiguratorState, ConfiguratorStore } from '../store/configurator-store';
import { afterFirstScreen } from './after-first-screen';
import { historyStep, isHistoryKey } from './history-keys';

/**
 * What the first screen does not need (later-behaviours: the undo shortcuts with their care of the focus, the screen
 * reader's announcements, a conflict's fuller reasons), fetched just after it, off its budget. Meanwhile an undo or redo
 * key takes its step at once, through the store (not the browser's own undo, which would replay typing into another
 * field), so a key and the clicks around it keep their order; the state before the first change is noted, and the changes
 * are said as one when the code arrives. If it does not, that note is dropped, and it is fetched again at the next change
 * or history key. Returns what stops it all.
 */
export function startLaterBehavioursSoon(store: ConfiguratorStore): () => void {
  let stop = () => {};
  let live = true;
  let loading = false;
  let since: ConfiguratorState | undefined;
  const load = () => {
    if (loading) return;
    loading = true;
    import('./later-behaviours').then(
      (m) => live && (stopWaiting(), (stop = m.startLaterBehaviours(store, since))),
      () => {
        loading = false;
        since = undefined;
      },
    );
  };
  const stepAtOnce = (event: KeyboardEvent) => {
    if (!isHistoryKey(event)) return;
    event.preventDefault();
    store.getState()[historyStep(event)]();
  };
  const noteChanges = store.subscribe((next, prev) => {
    if (next.configuration === prev.configuration) return;
    since ??= prev;
    load();
  });
  const stopWaiting = () => {
    noteChanges();
    window.removeEventListener('keydown', stepAtOnce);
  };
  window.addEventListener('keydown', stepAtOnce);
  const cancel = afterFirstScreen(load);
  return () => {
    live = false;
    stopWaiting();
    cancel();
    stop();
  };
}
