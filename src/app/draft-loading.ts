// Loaded lazily at start-up: reading a draft needs the validation library, the first screen does not.
import type { Catalog } from '../domain/catalog-schema';
import { restoreDraft } from '../domain/draft';
import type { Draft } from '../domain/draft-format';
import type { CarryOverChange } from '../domain/share-carry-over';
import { DRAFT_KEY, SET_ASIDE_KEY, storage } from './draft-storage';

export type DraftLoad =
  | { kind: 'none' }
  | { kind: 'restored'; draft: Draft; changes: CarryOverChange[] }
  /**
   * The saved draft could not be read: it was moved aside (not deleted) so the user can still get it back.
   * `detail` says why, in English, for whoever inspects it; the buyer is told what happened and what to do instead.
   */
  | { kind: 'set-aside'; detail: string };

export function loadDraft(catalog: Catalog): DraftLoad {
  const store = storage();
  const text = store?.getItem(DRAFT_KEY);
  if (!store || text === null || text === undefined) return { kind: 'none' };
  const restored = restoreDraft(catalog, text);
  if (restored.ok) return { kind: 'restored', ...restored.value };
  try {
    store.setItem(`${SET_ASIDE_KEY}.${new Date().toISOString()}`, text);
    store.removeItem(DRAFT_KEY);
  } catch {
    // Storage full or refused: the damaged draft stays where it is, which loses nothing either.
  }
  return { kind: 'set-aside', detail: restored.error };
}

