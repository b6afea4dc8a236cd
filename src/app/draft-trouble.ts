// Loaded when a save of the draft first fails: a page whose saves succeed never needs it.
import type { Language } from '../domain/language';
import type { ConfiguratorStore } from '../store/configurator-store';
import { sayDraft } from '../ui/draft-notices';

/** Why the browser refused to keep the draft: its storage is full, disabled (privacy settings), or something else. */
export type SaveTrouble = 'full' | 'disabled' | 'refused';

export function troubleOf(failure: unknown): SaveTrouble {
  const name = (failure as { name?: unknown } | null)?.name;
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return 'full';
  return name === 'SecurityError' ? 'disabled' : 'refused';
}

/** The notice each store shows while its draft cannot be saved. */
const shown = new WeakMap<ConfiguratorStore, number>();

/**
 * Says once that the draft can no longer be kept in this browser, why when the browser says (full or
 * disabled storage) and how to keep the work; withdrawn when a save succeeds again (failure null).
 */
export function sayDraftTrouble(store: ConfiguratorStore, failure: unknown): void {
  const id = shown.get(store);
  if (id !== undefined) store.getState().dismissNotice(id);
  shown.delete(store);
  if (failure === null) return;
  const why = `notSaved.${troubleOf(failure)}` as const;
  shown.set(store, store.getState().postNotice({ tone: 'error', text: (l: Language) => sayDraft(l, 'notSaved', { why: sayDraft(l, why) }) }));
}
