import { serialiseDraft } from '../domain/draft-format';
import type { ConfiguratorStore } from '../store/configurator-store';

export const DRAFT_KEY = 'collabnext.draft';
/** Drafts kept aside, one key each: `collabnext.draft.aside.<ISO date>.<why>`, the text as it was saved. */
export const ASIDE_KEY = 'collabnext.draft.aside.';

export function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * Keeps a draft's text aside rather than let it be overwritten (a link opened, a damaged draft, a draft
 * restored in its place), under its own key: nothing to read first, so two tabs never drop each other's.
 * Returns its key; null when the browser refused (then the text must not be overwritten either).
 */
export function keepAside(text: string, why: string, at = Date.now()): string | null {
  try {
    const saved = window.localStorage;
    let key: string;
    // Two texts set aside in the same millisecond for the same reason: the second waits a millisecond.
    while (saved.getItem((key = `${ASIDE_KEY}${new Date(at++).toISOString()}.${why}`)) !== null);
    saved.setItem(key, text);
    return key;
  } catch {
    return null;
  }
}

/** Whether this browser holds a draft kept aside (every key under `collabnext.draft.`, old ones included). */
export function hasDraftsAside(): boolean {
  const saved = storage();
  for (let i = 0; i < (saved?.length ?? 0); i++) if (saved?.key(i)?.startsWith(`${DRAFT_KEY}.`)) return true;
  return false;
}

/** The store whose draft this tab is saving (the one on screen), and how to stop saving it. */
let saving: { store: ConfiguratorStore; stop: () => void } | undefined;

export const storeBeingSaved = (): ConfiguratorStore | undefined => saving?.store;

/** Writes what is waiting, then stops saving the store on screen: another draft is about to take its place. */
export const stopSavingDraft = (): void => saving?.stop();

/** What the saver tells the page (the words load only when there is something to say). */
export interface DraftWatch {
  /** A save failed after the last one succeeded (with what the browser threw), or succeeded after failing (null): said once each way. */
  troubled(store: ConfiguratorStore, failure: unknown): void;
}

/**
 * Saves the draft after every change: just after the click rather than inside it (a localStorage write
 * costs 0.15–0.5 ms, measured in Chromium, and a toggle has one frame), several changes in one task
 * written once, and at once when the page is hidden or left, so a reload or a closed tab loses nothing.
 */
export function keepDraftSaved(store: ConfiguratorStore, watch?: DraftWatch): () => void {
  let pending: ReturnType<typeof setTimeout> | undefined;
  let failing = false;
  const save = () => {
    pending = undefined;
    const { configuration, addedAutomatically, customer, notes, salesMode } = store.getState();
    try {
      // Read here, not through storage(): a storage disabled by the browser's settings throws SecurityError, which is news too.
      window.localStorage.setItem(DRAFT_KEY, serialiseDraft({ configuration, addedAutomatically, customer, notes, salesMode }));
      if (failing) watch?.troubled(store, null);
      failing = false;
    } catch (error) {
      if (!failing) watch?.troubled(store, error);
      failing = true;
    }
  };
  const flush = () => {
    if (pending === undefined) return;
    clearTimeout(pending);
    save();
  };
  const flushWhenHidden = () => {
    if (document.visibilityState === 'hidden') flush();
  };
  const unsubscribe = store.subscribe((state, previous) => {
    const changed = state.configuration !== previous.configuration || state.customer !== previous.customer ||
      state.notes !== previous.notes || state.salesMode !== previous.salesMode || state.addedAutomatically !== previous.addedAutomatically;
    if (changed && pending === undefined) pending = setTimeout(save, 0);
  });
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', flushWhenHidden);
  const stop = () => {
    flush();
    unsubscribe();
    window.removeEventListener('pagehide', flush);
    document.removeEventListener('visibilitychange', flushWhenHidden);
    if (saving?.stop === stop) saving = undefined;
  };
  saving = { store, stop };
  return stop;
}
