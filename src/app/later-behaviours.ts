import type { ConfiguratorStore } from '../store/configurator-store';
import { keepAnnouncing } from '../ui/change-announcement';
import { keepAddressInSync, type AddressCatchUp } from './address-sync';
import { keepBlockedDetails } from './blocked-details';
import { keepFocusInCards } from './focus-kept-in-cards';
import { listenForUndoShortcuts } from './keyboard-shortcuts';
import { keepRoomForQuoteBar } from './quote-bar-room';
import { keepSheetFolding } from './sheet-folding';

/**
 * What the page does that the first screen does not need, fetched a moment after it (later-behaviours-loading.ts):
 * Ctrl+Z and Ctrl+Shift+Z with their care of the focus (a key pressed before this code arrived took its step at once,
 * without it), the blocked cards' fuller reasons (and the focus kept in a card when they replace its buttons), the
 * phone's quote sheet folded by a tap or the focus on the page it covers, and the room kept under its bar, the screen
 * reader's announcement of each change, and the address bar following the configuration. `catchUp` says what happened
 * while this code was on its way: the state before the first change (the changes are said as one, the address written
 * at once) and whether a link was pasted in the address bar. Returns what stops them.
 */
export function startLaterBehaviours(store: ConfiguratorStore, catchUp: AddressCatchUp = {}): () => void {
  // For automated checks (the journeys): that these behaviours run, which their file's arrival does not tell.
  document.documentElement.dataset.laterBehaviours = 'running';
  const stops = [
    () => delete document.documentElement.dataset.laterBehaviours,
    keepAnnouncing(store, catchUp.since),
    listenForUndoShortcuts(store),
    keepBlockedDetails(store),
    keepFocusInCards(),
    keepSheetFolding(),
    keepRoomForQuoteBar(),
    keepAddressInSync(store, catchUp),
  ];
  return () => stops.forEach((stop) => stop());
}
