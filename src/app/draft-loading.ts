// Loaded lazily at start-up: reading a draft needs the validation library, the first screen does not.
import type { Catalog } from '../domain/catalog-schema';
import { restoreDraft, type RestoredDraft, type UnreadableDraft } from '../domain/draft';
import { serialiseDraft } from '../domain/draft-format';
import { DRAFT_KEY, keepAside, storage } from './draft-storage';

export type DraftLoad =
  | { kind: 'none' }
  | ({ kind: 'restored' } & RestoredDraft)
  /** The saved text is not a draft at all: it was moved aside (not deleted) so the user can still get it back. */
  | { kind: 'set-aside'; reason: UnreadableDraft };

/** Leaves `replacement` (or nothing) as the draft; a refused write leaves the saved draft where it is, which loses nothing either. */
function replaceDraft(saved: Storage | undefined, replacement: string | null): void {
  try {
    if (replacement === null) saved?.removeItem(DRAFT_KEY);
    else saved?.setItem(DRAFT_KEY, replacement);
  } catch {
    // Storage full or refused: a draft on another revision is carried over again next time.
  }
}

/** Reads the saved draft (see readDraft). */
export function loadDraft(catalog: Catalog): DraftLoad {
  const text = storage()?.getItem(DRAFT_KEY);
  return text === null || text === undefined ? { kind: 'none' } : readDraft(catalog, text);
}

/**
 * Reads a draft's text, the saved one or one being restored. Whenever something in it was dropped (a damaged
 * value, a module today's catalog no longer has), the text as it was is kept aside first, so nothing the buyer
 * saved is ever lost; if the browser refuses to keep it, the saved draft is left as it was.
 */
export function readDraft(catalog: Catalog, text: string): DraftLoad {
  const saved = storage();
  const restored = restoreDraft(catalog, text);
  if (!restored.ok) {
    if (keepAside(text, 'read-back') !== null) replaceDraft(saved, null);
    return { kind: 'set-aside', reason: restored.error };
  }
  const { faults, carriedOver } = restored.value;
  const rewritten = serialiseDraft(restored.value.draft);
  if (faults.length > 0 || (carriedOver?.changes.length ?? 0) > 0) {
    if (keepAside(text, 'read-back') !== null) replaceDraft(saved, rewritten);
  }
  // Moved to today's catalog with nothing dropped (prices only): saved on it at once, so the notice of
  // what changed is read once, not on every reload until the next edit.
  else if (carriedOver) replaceDraft(saved, rewritten);
  return { kind: 'restored', ...restored.value };
}
