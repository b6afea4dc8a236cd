// What the page tells about the saved draft (read back with changes, a save refused, drafts kept aside, another tab's save): loaded only when there is news.
import { moduleName, qualificationName } from '../domain/catalog-names';
import type { Catalog } from '../domain/catalog-schema';
import { LOCALES, type Language } from '../domain/language';
import { serialiseDraft } from '../domain/draft-format';
import type { ConfiguratorStore, NoticeItem } from '../store/configurator-store';
import { sayDraft } from '../ui/draft-notices';
import type { DraftDesk } from './boot';
import { readBackChanged, type DraftLoad } from './draft-loading';
import { restoreDraft } from './draft-restore';
import { DRAFT_KEY, keepAside, rememberDraft, storage } from './draft-storage';
import { forgetDraftAside, listDraftsAside, summariseDraftText, ASIDE_LIMIT, type AsideDraft } from './drafts-aside';

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

/** Says what reading the draft back set aside, repaired or carried over (words loaded only then). */
export async function tellAboutDraft(catalog: Catalog, store: ConfiguratorStore, loaded: DraftLoad): Promise<void> {
  if (loaded.kind === 'set-aside') {
    const { sayDraft } = await import('../ui/draft-notices');
    const reason = loaded.reason === 'not-json' ? 'notJson' : 'notADraft';
    store.getState().postNotice({ tone: 'warning', text: (l) => sayDraft(l, 'setAside', { reason: sayDraft(l, reason) }) });
  }
  if (loaded.kind !== 'restored') return;
  if (loaded.faults.length > 0) {
    const [{ describeDraftFaults }, { sayDraft }] = await Promise.all([import('../domain/draft-fault-messages'), import('../ui/draft-notices')]);
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

/** Why the browser refused to keep the draft: its storage is full, disabled (privacy settings), or something else. */
export type SaveTrouble = 'full' | 'disabled' | 'refused';

export function troubleOf(failure: unknown): SaveTrouble {
  const name = (failure as { name?: unknown } | null)?.name;
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return 'full';
  return name === 'SecurityError' ? 'disabled' : 'refused';
}

/** The notice each store shows while its draft cannot be saved. */
const troubleShown = new WeakMap<ConfiguratorStore, number>();

/**
 * Says once that the draft can no longer be kept in this browser, why when the browser says (full or
 * disabled storage) and how to keep the work; withdrawn when a save succeeds again (failure null).
 */
export function sayDraftTrouble(store: ConfiguratorStore, failure: unknown): void {
  const id = troubleShown.get(store);
  if (id !== undefined) store.getState().dismissNotice(id);
  troubleShown.delete(store);
  if (failure === null) return;
  const why = `notSaved.${troubleOf(failure)}` as const;
  troubleShown.set(store, store.getState().postNotice({ tone: 'error', text: (l: Language) => sayDraft(l, 'notSaved', { why: sayDraft(l, why) }) }));
}

/** How many modules a kept draft has, and the first three by name (« 2 modules (XWiki Base de connaissances, Glowbl Réunions) »). */
function describeModules(catalog: Catalog, modules: string[], lang: Language): string {
  if (modules.length === 0) return sayDraft(lang, 'modulesNone');
  const names = modules.slice(0, 3).map((id) => moduleName(catalog, id, lang)).join(', ') + (modules.length > 3 ? ', …' : '');
  return sayDraft(lang, modules.length === 1 ? 'modulesOne' : 'modulesMany', { count: modules.length, names });
}

/** A kept draft in one line: when, why, what it holds (« 12 mars 2026 à 14:05, remplacé par un lien de partage : 1 module (CryptPad Équipe), Draft Co »). */
export function describeDraftAside({ at, reason, text }: AsideDraft, catalog: Catalog, lang: Language): string {
  const when = at ? new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeStyle: 'short' }).format(at) : sayDraft(lang, 'asideUndated');
  return sayDraft(lang, 'asideItem', { when, why: sayDraft(lang, `aside.${reason}`), summary: describeHolding(catalog, text, lang) });
}

/** What a draft's text holds, in words: its modules and company, or its length when it is not a draft. */
function describeHolding(catalog: Catalog, text: string, lang: Language): string {
  const summary = summariseDraftText(text);
  return summary.readable
    ? `${describeModules(catalog, summary.modules, lang)}, ${summary.company || sayDraft(lang, 'noCompany')}`
    : sayDraft(lang, 'unreadableText', { count: summary.characters });
}

/**
 * Restores a text on the desk, from a notice posted on `shown`; says so when the browser refused (nothing
 * changed) or could not save it (it is on screen, saved at the next edit), and offers what is left aside.
 */
export function restoreFromNotice(desk: DraftDesk, text: string, why: 'replaced' | 'tab-loaded', shown: ConfiguratorStore): void {
  const restored = restoreDraft(desk, text, why, shown);
  if (!restored) {
    shown.getState().postNotice({ tone: 'error', text: (l) => sayDraft(l, 'restoreRefused') });
    return;
  }
  if (restored.failure !== null) sayDraftTrouble(restored.store, restored.failure);
  if (readBackChanged(restored.loaded)) settleDraft(restored.loaded);
  void tellAboutDraft(desk.catalog, restored.store, restored.loaded).then(() => offerDraftsAside(restored.store, desk));
}

/**
 * Offers the drafts kept aside, newest first, each with « Rétablir » (a draft that can be read) and
 * « Oublier »; names the oldest ones forgotten beyond ASIDE_LIMIT. Drafts set aside from `before` on (in
 * ms, at start-up) are left to the notice that says why (a link's, a repair's): the next visit offers them.
 */
export function offerDraftsAside(store: ConfiguratorStore, desk: DraftDesk, before = Infinity): void {
  const saved = storage();
  if (!saved) return;
  const { kept: all, dropped } = listDraftsAside(saved);
  const kept = all.filter((draft) => (draft.at?.getTime() ?? 0) < before);
  if (kept.length === 0 && dropped.length === 0) return;
  const items: NoticeItem[] = kept.map((draft) => ({
    id: draft.keys[0] ?? draft.text,
    text: (l) => describeDraftAside(draft, desk.catalog, l),
    actions: [
      ...(summariseDraftText(draft.text).readable
        ? [{ label: (l: Language) => sayDraft(l, 'restore'), run: () => restoreFromNotice(desk, draft.text, 'replaced', store) }]
        : []),
      { label: (l: Language) => sayDraft(l, 'forget'), run: () => forgetDraftAside(saved, draft.text) },
    ],
  }));
  const forgotten = (l: Language) => dropped.length === 0 ? '' : ` ${sayDraft(l, 'asideDropped', { limit: ASIDE_LIMIT, drafts: dropped.map((d) => describeDraftAside(d, desk.catalog, l)).join(' ; ') })}`;
  const list = (l: Language) => (kept.length > 0 ? sayDraft(l, 'asideList') : '');
  store.getState().postNotice({ tone: 'info', text: (l) => `${list(l)}${forgotten(l)}`.trim(), ...(kept.length > 0 ? { items } : {}) });
}

/** The notice each store shows about another tab's save, and the latest text that tab saved (what its action loads). */
const otherTabShown = new WeakMap<ConfiguratorStore, number>();
const otherTabText = new WeakMap<ConfiguratorStore, string>();

/**
 * Says that another tab just saved the draft, that this tab keeps its own (the other's is set aside at
 * this tab's next save, never overwritten), and offers to load the other tab's version (this tab's is
 * then set aside). One notice, whose action loads the other tab's latest save; closed, it comes back only
 * after this tab has saved again (`first`).
 */
export function sayOtherTabSaved(desk: DraftDesk, store: ConfiguratorStore, text: string, first: boolean): void {
  otherTabText.set(store, text);
  const id = otherTabShown.get(store);
  if (id !== undefined && (!first || store.getState().notices.some((n) => n.id === id))) return;
  const latest = () => otherTabText.get(store) ?? text;
  otherTabShown.set(store, store.getState().postNotice({
    tone: 'warning',
    text: (l) => sayDraft(l, 'otherTab'),
    action: { label: (l) => sayDraft(l, 'loadOtherTab'), run: () => restoreFromNotice(desk, latest(), 'tab-loaded', store) },
  }));
}

/** This tab saved over another tab's text: the copies of its own previous text that other tabs set aside are superseded by its save. */
export function forgetSuperseded(previous: string): void {
  const saved = storage();
  if (saved) forgetDraftAside(saved, previous, 'tab');
}
