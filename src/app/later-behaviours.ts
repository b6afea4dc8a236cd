import type { ConfiguratorStore } from '../store/configurator-store';
import { keepConflictDetails } from './conflict-details';
import { listenForUndoShortcuts } from './keyboard-shortcuts';

/**
 * What the page does that the first screen does not need, fetched a moment after it (app.tsx): Ctrl+Z and
 * Ctrl+Shift+Z (there is nothing to undo before a change) and the fuller reasons of a conflict. Returns what stops them.
 */
export function startLaterBehaviours(store: ConfiguratorStore): () => void {
  const stops = [listenForUndoShortcuts(store), keepConflictDetails(store)];
  return () => stops.forEach((stop) => stop());
}
