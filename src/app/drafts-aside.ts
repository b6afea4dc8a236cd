// The drafts kept aside in this browser, read when there are some: loaded with their notice, never with the first screen.
import { DRAFT_FORMAT } from '../domain/draft-format';
import { isRecord } from '../domain/is-record';
import { ASIDE_KEY, DRAFT_KEY, keepAside } from './draft-storage';

/**
 * Why a draft was set aside: a link replaced it; it is another tab's version; a draft kept aside was restored
 * in its place; the other tab's version was loaded in its place; or it is the text of a saved draft as it was
 * before reading it back dropped something (a damaged value, a module the catalog no longer has) or found no draft;
 * or an imported file replaced it, or « Annuler l’import » did, taking away changes made since the import.
 */
export type AsideReason = 'link' | 'back' | 'tab' | 'replaced' | 'tab-loaded' | 'read-back' | 'import' | 'import-undone';

const REASONS: readonly string[] = ['link', 'back', 'tab', 'replaced', 'tab-loaded', 'read-back', 'import', 'import-undone'] satisfies AsideReason[];

/** Drafts kept aside are offered up to this many, newest first; older ones are forgotten, and the notice says which. */
export const ASIDE_LIMIT = 5;

/** Keys earlier versions used: one slot for the draft a link replaced (overwritten by the next link), and dated texts set aside when read back. */
export const LEGACY_LINK_KEY = 'collabnext.draft.before-link';
const LEGACY_READ_BACK_KEY = 'collabnext.draft.set-aside.';

export interface AsideDraft {
  /** When it was set aside; null when not known (the old link slot kept no date). */
  at: Date | null;
  reason: AsideReason;
  /** The text as it was saved, byte for byte. */
  text: string;
  /** Every key holding this text (the same text set aside twice is offered once). */
  keys: string[];
}

const dateOf = (iso: string): Date | null => {
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) || at.getTime() === 0 ? null : at;
};

/** What a key says of its draft, null when it is not a draft kept aside. */
function readKey(key: string): { at: Date | null; reason: AsideReason } | null {
  if (key === LEGACY_LINK_KEY) return { at: null, reason: 'link' };
  if (key.startsWith(LEGACY_READ_BACK_KEY)) return { at: dateOf(key.slice(LEGACY_READ_BACK_KEY.length)), reason: 'read-back' };
  if (!key.startsWith(ASIDE_KEY)) return null;
  const rest = key.slice(ASIDE_KEY.length);
  const reason = rest.slice(rest.lastIndexOf('.') + 1);
  return REASONS.includes(reason) ? { at: dateOf(rest.slice(0, rest.lastIndexOf('.'))), reason: reason as AsideReason } : null;
}

const keysOf = (saved: Storage): string[] => Array.from({ length: saved.length }, (_, i) => saved.key(i) ?? '');

/** Moves a text from an earlier version's key to today's (left where it is when the browser refuses: it is still read there). */
function migrate(saved: Storage, key: string, at: Date | null, reason: AsideReason): string {
  const moved = keepAside(saved.getItem(key) ?? '', reason, at?.getTime() ?? 0);
  if (moved === null) return key;
  saved.removeItem(key);
  return moved;
}

/**
 * The drafts kept aside, newest first (undated last), each text once; earlier versions' keys are moved to
 * today's. A text that is the saved draft itself is not offered (a link opened but not yet edited leaves
 * the draft it replaced saved) but kept: once the draft changes, it is aside again. Beyond ASIDE_LIMIT the
 * oldest are forgotten and returned as `dropped`, for the notice to name them.
 */
export function listDraftsAside(saved: Storage): { kept: AsideDraft[]; dropped: AsideDraft[] } {
  const found = keysOf(saved).flatMap((key) => {
    const read = readKey(key);
    if (!read) return [];
    const moved = key.startsWith(ASIDE_KEY) ? key : migrate(saved, key, read.at, read.reason);
    return [{ ...read, key: moved, text: saved.getItem(moved) ?? '' }];
  });
  found.sort((a, b) => (b.at?.getTime() ?? 0) - (a.at?.getTime() ?? 0));
  const byText = new Map<string, AsideDraft>();
  for (const { key, ...draft } of found) {
    const same = byText.get(draft.text);
    if (same) same.keys.push(key);
    else byText.set(draft.text, { ...draft, keys: [key] });
  }
  const current = saved.getItem(DRAFT_KEY);
  const aside = [...byText.values()].filter((draft) => draft.text !== current);
  const dropped = aside.slice(ASIDE_LIMIT);
  for (const draft of dropped) for (const key of draft.keys) saved.removeItem(key);
  return { kept: aside.slice(0, ASIDE_LIMIT), dropped };
}

/**
 * The texts kept aside for one reason, newest first, read only: nothing moved or forgotten (listDraftsAside does that,
 * for the notice that names what it forgets).
 */
export function textsAside(saved: Storage, reason: AsideReason): string[] {
  return keysOf(saved)
    .flatMap((key) => {
      const read = readKey(key);
      return read?.reason === reason ? [{ at: read.at?.getTime() ?? 0, text: saved.getItem(key) ?? '' }] : [];
    })
    .sort((a, b) => b.at - a.at)
    .map(({ text }) => text);
}

/** Forgets every key that holds this text (« Oublier », the text restored as the draft), or only those kept aside for one reason. */
export function forgetDraftAside(saved: Storage, text: string, reason?: AsideReason): void {
  for (const key of keysOf(saved)) {
    const read = readKey(key);
    if (read && (reason === undefined || read.reason === reason) && saved.getItem(key) === text) saved.removeItem(key);
  }
}

/** What a kept text holds, for its line: module ids and company for a draft, its length for a text that is not one (it can only be forgotten). */
export type AsideSummary = { readable: true; modules: string[]; company: string } | { readable: false; characters: number };

export function summariseDraftText(text: string): AsideSummary {
  const unreadable = { readable: false as const, characters: [...text].length };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return unreadable;
  }
  if (!isRecord(raw) || raw.format !== DRAFT_FORMAT) return unreadable;
  const items: unknown[] = isRecord(raw.configuration) && Array.isArray(raw.configuration.items) ? raw.configuration.items : [];
  const modules = items.map((item) => (isRecord(item) && typeof item.module === 'string' ? item.module : '?'));
  const company = isRecord(raw.customer) && typeof raw.customer.company === 'string' ? raw.customer.company.trim() : '';
  return { readable: true, modules, company: [...company].length > 60 ? `${[...company].slice(0, 59).join('')}…` : company };
}
