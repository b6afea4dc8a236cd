// Loaded lazily at start-up: reading a draft needs the validation library, the first screen does not.
import type { Catalog } from '../domain/catalog-schema';
import { restoreDraft, type RestoredDraft, type UnreadableDraft } from '../domain/draft';
import { DRAFT_KEY, rememberDraft, storage } from './draft-storage';

/** A draft's text read back: nothing saved; restored value by value; or not a draft at all (set aside whole by settleDraft). */
export type DraftLoad =
  | { kind: 'none' }
  | ({ kind: 'restored'; text: string } & RestoredDraft)
  | { kind: 'set-aside'; reason: UnreadableDraft; text: string };

/** Whether reading a draft back changed something: then its text is kept aside, the draft rewritten, and the buyer told (draft-news.ts). */
export const readBackChanged = (load: DraftLoad): boolean =>
  load.kind === 'set-aside' || (load.kind === 'restored' && (load.faults.length > 0 || load.carriedOver !== null));

/** Reads a draft's text back, value by value; writes nothing. */
export function readDraft(catalog: Catalog, text: string): DraftLoad {
  const restored = restoreDraft(catalog, text);
  return restored.ok ? { kind: 'restored', text, ...restored.value } : { kind: 'set-aside', reason: restored.error, text };
}

/**
 * Reads the saved draft back. A text whose reading changed something is not counted as this tab's until
 * it is kept aside (settleDraft): a save before that, or if that never comes, keeps it aside first.
 */
export function loadDraft(catalog: Catalog): DraftLoad {
  const text = storage()?.getItem(DRAFT_KEY) ?? null;
  const load: DraftLoad = text === null ? { kind: 'none' } : readDraft(catalog, text);
  rememberDraft(readBackChanged(load) ? null : text);
  return load;
}
