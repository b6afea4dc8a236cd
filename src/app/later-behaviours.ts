import type { ConfiguratorState, ConfiguratorStore } from '../store/configurator-store';
import { keepAnnouncing } from '../ui/change-announcement';
import { keepConflictDetails } from './conflict-details';
import { keepFocusInCards } from './focus-kept-in-cards';
import { listenForUndoShortcuts } from './keyboard-shortcuts';
import { keepSheetFolding } from './sheet-folding';

/**
 * What the page does that the first screen does not need, fetched a moment after it (later-behaviours-loading.ts):
 * Ctrl+Z and Ctrl+Shift+Z with their care of the focus (a key pressed before this code arrived took its step at once,
 * without it), the fuller reasons of a conflict (and the focus kept in a card when they replace its buttons), the phone's
 * quote sheet folded by a tap or the focus on the page it covers, and the screen reader's announcement of each change (`since`: the state before the changes made while this code was on its
 * way, said as one). Returns what stops them.
 */
export function startLaterBehaviours(store: ConfiguratorStore, since?: ConfiguratorState): () => void {
  const stops = [keepAnnouncing(store, since), listenForUndoShortcuts(store), keepConflictDetails(store), keepFocusInCards(), keepSheetFolding()];
  return () => stops.forEach((stop) => stop());
}
