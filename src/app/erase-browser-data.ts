// Loaded with the customer section (customer-section-part.tsx), which is not part of the first screen.
import type { Catalog } from '../domain/catalog-schema';
import type { Language } from '../domain/language';
import { pageAddress } from '../domain/share-link';
import { createConfiguratorStore, type ConfiguratorStore } from '../store/configurator-store';
import { eraseWords } from '../ui/erase-data-words';
import { ERASED_SIGNAL_KEY, rememberDraft, stopSavingDraft } from './draft-storage';
import { noteAddressBehind, replaceAddress } from './share-link-sync';

/** Every key this app writes starts with it: the draft, the drafts kept aside, the language, the address bar's notes. */
export const APP_KEY_PREFIX = 'collabnext.';

export type BrowserStorage = 'local' | 'session';

/** Removes every key of this app from one storage; false when the browser refuses (its getter or a removal throws). */
function sweep(open: () => Storage): boolean {
  try {
    const saved = open();
    const keys = Array.from({ length: saved.length }, (_, i) => saved.key(i) ?? '').filter((key) => key.startsWith(APP_KEY_PREFIX));
    for (const key of keys) saved.removeItem(key);
    return true;
  } catch {
    return false;
  }
}

/** Removes every key this app wrote in localStorage and sessionStorage; returns the storages that refused. */
export function eraseAppKeys(): BrowserStorage[] {
  const refused: BrowserStorage[] = [];
  if (!sweep(() => window.localStorage)) refused.push('local');
  if (!sweep(() => window.sessionStorage)) refused.push('session');
  return refused;
}

/** Tells the other open tabs (a storage event each) that the data was erased; the signal is removed at once. */
function signalOtherTabs(): void {
  try {
    window.localStorage.setItem(ERASED_SIGNAL_KEY, new Date().toISOString());
    window.localStorage.removeItem(ERASED_SIGNAL_KEY);
  } catch {
    // No storage: nothing was erased there either, and the notice says so.
  }
}

/**
 * What shows once the data is erased, here or in another tab: an empty store on today's catalog, in the language on
 * screen (not remembered: the choice was erased too), the address without its share code (« %23 » one included) and
 * query (the bundle is gone, and a reload must not open it again as a link), and nothing the saver would take for this
 * tab's last read.
 */
function emptyAfterErase(catalog: Catalog, shown: ConfiguratorStore): ConfiguratorStore {
  rememberDraft(null);
  replaceAddress(pageAddress(window.location.href));
  // Nor a note that the address was behind, or that a write replaced a code: a reload would open the erased draft over it.
  noteAddressBehind(null);
  return createConfiguratorStore({ catalog, lang: shown.getState().lang });
}

const refusedWords = (lang: Language, refused: BrowserStorage[]): string => {
  const words = eraseWords(lang);
  return words('erase.notice.refused', { stores: refused.map((where) => words(`erase.store.${where}`)).join(words('erase.and')) });
};

/**
 * Erases this buyer's data from the browser: the draft saver stops first (it writes what is waiting, so nothing
 * comes back after the sweep), every `collabnext.` key goes, and a new empty store on today's catalog takes the
 * screen, in the language on screen (not remembered: the choice was erased too), with a notice of what was erased.
 */
export function eraseBrowserData(catalog: Catalog, shown: ConfiguratorStore): ConfiguratorStore {
  stopSavingDraft();
  const refused = eraseAppKeys();
  signalOtherTabs();
  const next = emptyAfterErase(catalog, shown);
  const { postNotice } = next.getState();
  if (!refused.includes('local')) postNotice({ tone: 'info', text: (lang) => eraseWords(lang)('erase.notice.done') });
  if (refused.length > 0) postNotice({ tone: 'warning', text: (lang) => refusedWords(lang, refused) });
  return next;
}

/**
 * Another tab erased the buyer's data: this tab, which has stopped saving, starts over on an empty store too (what it
 * showed would otherwise be written back at its next edit), and says why.
 */
export function startOverAfterErasedElsewhere(catalog: Catalog, shown: ConfiguratorStore): ConfiguratorStore {
  const next = emptyAfterErase(catalog, shown);
  next.getState().postNotice({ tone: 'info', text: (lang) => eraseWords(lang)('erase.notice.elsewhere') });
  return next;
}
