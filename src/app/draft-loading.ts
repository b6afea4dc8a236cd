// Loaded lazily at start-up: reading a draft needs the validation library, the first screen does not.
import type { Catalog } from '../domain/catalog-schema';
import { restoreDraft, type RestoredDraft, type UnreadableDraft } from '../domain/draft';
import { serialiseDraft } from '../domain/draft-format';
import { DRAFT_KEY, SET_ASIDE_KEY, storage } from './draft-storage';

export type DraftLoad =
  | { kind: 'none' }
  | ({ kind: 'restored' } & RestoredDraft)
  /** The saved text is not a draft at all: it was moved aside (not deleted) so the user can still get it back. */
  | { kind: 'set-aside'; reason: UnreadableDraft };

/** Keeps the saved text under a dated key, then leaves `replacement` (or nothing) as the draft. */
function setAside(store: Storage, text: string, replacement: string | null): void {
  try {
    store.setItem(`${SET_ASIDE_KEY}.${new Date().toISOString()}`, text);
    if (replacement === null) store.removeItem(DRAFT_KEY);
    else store.setItem(DRAFT_KEY, replacement);
  } catch {
    // Storage full or refused: the saved draft stays where it is, which loses nothing either.
  }
}

function replaceDraft(store: Storage, text: string): void {
  try {
    store.setItem(DRAFT_KEY, text);
  } catch {
    // Storage full or refused: the draft stays on its revision and is carried over again next time.
  }
}

/**
 * Reads the saved draft. Whenever something in it was dropped (a damaged value, a module today's catalog
 * no longer has), the text as it was is set aside first, so nothing the buyer saved is ever lost.
 */
export function loadDraft(catalog: Catalog): DraftLoad {
  const store = storage();
  const text = store?.getItem(DRAFT_KEY);
  if (!store || text === null || text === undefined) return { kind: 'none' };
  const restored = restoreDraft(catalog, text);
  if (!restored.ok) {
    setAside(store, text, null);
    return { kind: 'set-aside', reason: restored.error };
  }
  const { faults, carriedOver } = restored.value;
  const rewritten = serialiseDraft(restored.value.draft);
  if (faults.length > 0 || (carriedOver?.changes.length ?? 0) > 0) setAside(store, text, rewritten);
  // Moved to today's catalog with nothing dropped (prices only): saved on it at once, so the notice of
  // what changed is read once, not on every reload until the next edit.
  else if (carriedOver) replaceDraft(store, rewritten);
  return { kind: 'restored', ...restored.value };
}
