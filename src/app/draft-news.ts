// What the page tells about the saved draft (read back with changes, a save refused, drafts kept aside, another tab's save): loaded only when there is news.
import type { Catalog } from '../domain/catalog-schema';
import type { Language } from '../domain/language';
import type { ConfiguratorStore, NoticeItem } from '../store/configurator-store';
import { sayDraft } from '../ui/draft-notices';
import { changeThenFocus } from '../ui/focus-after-change';
import { focusAfterNotice, noticesShown } from '../ui/notice-focus';
import type { DraftDesk } from './boot';
import { describeDraftAside } from './draft-aside-words';
import { readBackChanged, type DraftLoad } from './draft-loading';
import { settleDraft, tellAboutDraft } from './draft-read-back';
import { restoreDraft } from './draft-restore';
import { storage } from './draft-storage';
import { forgetDraftAside, listDraftsAside, summariseDraftText, ASIDE_LIMIT } from './drafts-aside';

/** Keeps aside, saves and says what reading a draft back changed (see draft-read-back.ts). */
export async function readBack(catalog: Catalog, store: ConfiguratorStore, load: DraftLoad): Promise<void> {
  settleDraft(load);
  await tellAboutDraft(catalog, store, load);
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

/**
 * Restores a text on the desk, from a notice posted on `shown`; says it was done (the notice that takes the
 * focus, at once: the notice it came from is gone with the page it was on), or that the browser refused (nothing
 * changed) or could not save it (it is on screen, saved at the next edit), and offers what is left aside.
 */
export function restoreFromNotice(desk: DraftDesk, text: string, why: 'replaced' | 'tab-loaded', shown: ConfiguratorStore): void {
  const restored = restoreDraft(desk, text, why, shown);
  if (!restored) {
    shown.getState().postNotice({ tone: 'error', text: (l) => sayDraft(l, 'restoreRefused') });
    return;
  }
  const done = why === 'tab-loaded' ? 'otherTabLoaded' : 'restored';
  const aside = (l: Language) => (restored.keptAside ? ` ${sayDraft(l, 'shownKeptAside')}` : '');
  restored.store.getState().postNotice({ tone: 'info', text: (l) => `${sayDraft(l, done)}${aside(l)}` });
  if (restored.failure !== null) sayDraftTrouble(restored.store, restored.failure);
  const told = readBackChanged(restored.loaded) ? readBack(desk.catalog, restored.store, restored.loaded) : Promise.resolve();
  void told.then(() => offerDraftsAside(restored.store, desk));
}

/**
 * Offers the drafts kept aside, newest first, each with « Restaurer » (a draft that can be read) and
 * « Oublier »; names the oldest ones forgotten beyond ASIDE_LIMIT. Drafts set aside from `before` on (in
 * ms, at start-up) are left to the notice that says why (a link's, a repair's): the next visit offers them.
 */
export function offerDraftsAside(store: ConfiguratorStore, desk: DraftDesk, before = Infinity): void {
  const saved = storage();
  if (!saved) return;
  const { kept: all, dropped } = listDraftsAside(saved);
  const kept = all.filter((draft) => (draft.at?.getTime() ?? 0) < before);
  if (kept.length === 0 && dropped.length === 0) return;
  // Forgetting the last one leaves a line saying so, which takes the focus in place of the list.
  let left = kept.length;
  const forget = (text: string) => {
    forgetDraftAside(saved, text);
    if (--left === 0) store.getState().postNotice({ tone: 'info', text: (l) => sayDraft(l, 'forgottenLast') });
  };
  const items: NoticeItem[] = kept.map((draft) => ({
    id: draft.keys[0] ?? draft.text,
    text: (l) => describeDraftAside(draft, desk.catalog, l),
    actions: [
      ...(summariseDraftText(draft.text).readable
        ? [{ label: (l: Language) => sayDraft(l, 'restore'), run: () => restoreFromNotice(desk, draft.text, 'replaced', store) }]
        : []),
      { label: (l: Language) => sayDraft(l, 'forget'), run: () => forget(draft.text) },
    ],
  }));
  const forgotten = (l: Language) => dropped.length === 0 ? '' : ` ${sayDraft(l, 'asideDropped', { limit: ASIDE_LIMIT, drafts: dropped.map((d) => describeDraftAside(d, desk.catalog, l)).join(l === 'fr' ? ' ; ' : '; ') })}`;
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

/** The other tab saved this tab's own text again: its notice, if still shown, goes (the next different save says it anew). */
export function withdrawOtherTabSaved(store: ConfiguratorStore): void {
  const id = otherTabShown.get(store);
  otherTabShown.delete(store);
  otherTabText.delete(store);
  if (id === undefined) return;
  const index = store.getState().notices.findIndex((n) => n.id === id);
  const dismiss = () => store.getState().dismissNotice(id);
  // The focus on it goes where « Fermer » sends it (QA: it fell to the page's body).
  const focused = typeof document !== 'undefined' && noticesShown()[index]?.contains(document.activeElement) === true;
  if (focused) changeThenFocus(dismiss, () => focusAfterNotice(index), { preventScroll: true });
  else dismiss();
}

/** This tab saved over another tab's text: the copies of its own previous text that other tabs set aside are superseded by its save. */
export function forgetSuperseded(previous: string): void {
  const saved = storage();
  if (saved) forgetDraftAside(saved, previous, 'tab');
}
