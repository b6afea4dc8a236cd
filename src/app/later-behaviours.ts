import type { ConfiguratorState, ConfiguratorStore } from '../store/configurator-store';
import { keepAnnouncing } from '../ui/change-announcement';
import { keepConflictDetails } from './conflict-details';
import { listenForUndoShortcuts } from './keyboard-shortcuts';

/** What happened while this code was on its way (app.tsx kept it): the undo keys pressed, the state before the first change. */
export interface WhileLoading {
  held: readonly KeyboardEvent[];
  since?: ConfiguratorState;
}

/**
 * What the page does that the first screen does not need, fetched a moment after it (app.tsx): Ctrl+Z and
 * Ctrl+Shift+Z (there is nothing to undo before a change; the keys pressed meanwhile are applied first), the fuller
 * reasons of a conflict, and the screen reader's announcement of each change (the changes made meanwhile said as one).
 * Returns what stops them.
 */
export function startLaterBehaviours(store: ConfiguratorStore, meanwhile: WhileLoading = { held: [] }): () => void {
  const stops = [keepAnnouncing(store, meanwhile.since), listenForUndoShortcuts(store, meanwhile.held), keepConflictDetails(store)];
  return () => stops.forEach((stop) => stop());
}
