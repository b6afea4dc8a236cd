import type { ConfiguratorState, ConfiguratorStore } from '../store/configurator-store';
import { requestLaterParts } from '../ui/later-parts';
import { importAgain } from '../ui/import-again';
import { afterFirstScreen } from './after-first-screen';
import { historyStep, isHistoryKey } from './history-keys';
import { addressCode, noteAddressBehind } from './share-link-sync';

const fetchLaterBehaviours = importAgain(() => import('./later-behaviours'), 'startLaterBehaviours');

/**
 * What the first screen does not need (later-behaviours: the undo shortcuts with their care of the focus, the screen
 * reader's announcements, the blocked cards' fuller reasons, the address bar following the configuration), fetched just after
 * it, off its budget. Meanwhile an undo or redo key takes its step at once, through the store (not the browser's own
 * undo, which would replay typing into another field), so a key and the clicks around it keep their order; the state
 * before the first change is noted, and when the code arrives the changes are said as one and the address is written.
 * A link pasted in the address bar meanwhile (a `hashchange`) is noted too, and opened then. If the code
 * does not arrive, the note of the changes is dropped, and it is fetched again at the next change or history key.
 * Returns what stops it all.
 */
export function startLaterBehavioursSoon(store: ConfiguratorStore): () => void {
  let stop = () => {};
  let live = true;
  let loading = false;
  let since: ConfiguratorState | undefined;
  // The address before the first link pasted in the address bar meanwhile (a `hashchange`), opened when the code arrives.
  let pastedOver: string | undefined;
  const notePaste = (event: HashChangeEvent) => (pastedOver ??= event.oldURL);
  const load = () => {
    if (loading) return;
    loading = true;
    fetchLaterBehaviours().then(
      (m) => live && (stopWaiting(), (stop = m.startLaterBehaviours(store, { since, pastedOver }))),
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
    // Until the address follows the configuration, a reload opens the draft, which has the change, not that address.
    if (since === undefined) noteAddressBehind(addressCode());
    since ??= prev;
    load();
  });
  const stopWaiting = () => {
    noteChanges();
    window.removeEventListener('keydown', stepAtOnce);
    window.removeEventListener('hashchange', notePaste);
  };
  window.addEventListener('keydown', stepAtOnce);
  window.addEventListener('hashchange', notePaste);
  // The later parts come then too, for the first change (ui/later-parts.ts).
  const cancel = afterFirstScreen(() => {
    load();
    requestLaterParts();
  });
  return () => {
    live = false;
    stopWaiting();
    cancel();
    stop();
  };
}
