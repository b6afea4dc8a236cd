import { serialiseDraft } from '../domain/draft-format';
import type { ConfiguratorStore } from '../store/configurator-store';

export const DRAFT_KEY = 'collabnext.draft';
export const SET_ASIDE_KEY = 'collabnext.draft.set-aside';

export function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** Saves the draft whenever a fact changes (a few hundred bytes: cheap enough to do on every change). */
export function keepDraftSaved(store: ConfiguratorStore): () => void {
  return store.subscribe((state, previous) => {
    const changed = state.configuration !== previous.configuration || state.customer !== previous.customer ||
      state.notes !== previous.notes || state.salesMode !== previous.salesMode || state.addedAutomatically !== previous.addedAutomatically;
    if (!changed) return;
    const { configuration, addedAutomatically, customer, notes, salesMode } = state;
    try {
      storage()?.setItem(DRAFT_KEY, serialiseDraft({ configuration, addedAutomatically, customer, notes, salesMode }));
    } catch {
      // Private browsing with storage disabled: the app still works, the draft just is not kept.
    }
  });
}
