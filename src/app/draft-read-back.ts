// Loaded with the draft news (draft-news.ts): what reading a saved or restored draft back changed, kept aside, saved and said.
import { moduleName, qualificationName } from '../domain/catalog-names';
import type { Catalog } from '../domain/catalog-schema';
import type { UnreadableDraft } from '../domain/draft';
import { serialiseDraft } from '../domain/draft-format';
import type { Language } from '../domain/language';
import type { ConfiguratorStore } from '../store/configurator-store';
import { sayDraft, type DraftNoticeKey } from '../ui/draft-notices';
import type { DraftLoad } from './draft-loading';
import { DRAFT_KEY, keepAside, rememberDraft, storage } from './draft-storage';

/**
 * Whenever reading a draft back dropped something (a damaged value, a module today's catalog no longer has)
 * or found no draft, its text as it was is kept aside first, so nothing the buyer saved is ever lost; then
 * the draft as read is saved in its place (none for a text that was not a draft), and so is a draft only
 * moved to today's catalog, so the notice of what changed is read once. If the browser refuses to keep
 * the text aside, it stays saved as it was, and this tab's next save keeps it aside before writing.
 */
export function settleDraft(load: DraftLoad): void {
  if (load.kind === 'none') return;
  const dropped = load.kind === 'set-aside' || load.faults.length > 0 || (load.carriedOver?.changes.length ?? 0) > 0;
  if (dropped && keepAside(load.text, 'read-back') === null) return;
  const saved = storage();
  try {
    if (load.kind === 'set-aside') saved?.removeItem(DRAFT_KEY);
    else saved?.setItem(DRAFT_KEY, serialiseDraft(load.draft));
  } catch {
    // Storage full or refused: the text stays as saved (and aside), and is read back the same way next time.
  }
  rememberDraft(saved?.getItem(DRAFT_KEY) ?? null);
}

/** Why a saved text was set aside whole, as the notice says it. */
const UNREADABLE_DRAFT: Record<UnreadableDraft, DraftNoticeKey> = { 'not-json': 'notJson', 'not-a-draft': 'notADraft', 'newer-format': 'newerDraft' };

/** Says what reading the draft back set aside, repaired or carried over (the faults' and prices' words loaded only then). */
export async function tellAboutDraft(catalog: Catalog, store: ConfiguratorStore, loaded: DraftLoad): Promise<void> {
  if (loaded.kind === 'set-aside') {
    const reason = UNREADABLE_DRAFT[loaded.reason];
    store.getState().postNotice({ tone: 'warning', text: (l) => sayDraft(l, 'setAside', { reason: sayDraft(l, reason) }) });
  }
  if (loaded.kind !== 'restored') return;
  if (loaded.faults.length > 0) {
    const { describeDraftFaults } = await import('../domain/draft-fault-messages');
    const name = (l: Language) => (id: string) => (catalog.modules.some((m) => m.id === id) ? moduleName(catalog, id, l) : qualificationName(catalog, id, l));
    const faults = (l: Language) => describeDraftFaults(loaded.faults, l, name(l));
    store.getState().postNotice({ tone: 'warning', text: (l) => sayDraft(l, 'repaired', { faults: faults(l) }) });
  }
  if (loaded.carriedOver) {
    const { describeDraftCarryOver } = await import('./draft-carry-over');
    const text = await describeDraftCarryOver(catalog, loaded.carriedOver);
    if (text) store.getState().postNotice({ tone: 'info', text });
  }
}
