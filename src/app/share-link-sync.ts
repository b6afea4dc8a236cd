import type { Configuration } from '../domain/configuration';
import { loadLinkBuilder } from '../ui/share-link-builder-loading';


/** Writes the address bar without a new history entry (the next edit retries if the browser throttles it). */
export function replaceAddress(link: string): void {
  try {
    window.history.replaceState(window.history.state, '', link);
  } catch {
    // A browser throttling replaceState: the address keeps its last code until the next edit.
  }
}

/**
 * Puts the configuration's share code in the address bar, replacing the current entry (never a
 * new one per keystroke), so copying the URL always shares what is on screen. Never customer details.
 */
export function showInAddressBar(configuration: Configuration): Promise<void> {
  // Code that does not download leaves the address as it is (the next edit writes it).
  return loadLinkBuilder().then(({ buildShareLink }) => replaceAddress(buildShareLink(window.location.href, configuration)), () => {});
}

/**
 * The share code the address holds: its fragment, or the path of a link whose « # » a mail client wrote « %23 »
 * (a host serving the app for any path), read as a link; '' for none. The « %23 » rule is domain/share-link.ts's
 * (ENCODED_HASH), written again here for a path alone: the first screen does not load that file.
 */
export const addressCode = ({ hash, pathname } = window.location): string => hash.slice(1) || (/%23[^/]*$/.test(pathname) ? pathname : '');

/** Where this tab notes the code its address bar still shows while an edit waits to be written (kept over a reload, one tab only). */
const BEHIND_KEY = 'collabnext.address.behind';
/**
 * Where this tab notes the code noted behind that its last write replaced: a reload the browser began a moment before
 * the write loads that code, and the page hears of the reload (beforeunload) only later, 57 ms after in a journey
 * run under load, in which the write came 3 ms after the reload began and the link replaced the draft (2 runs in 40).
 */
const REPLACED_KEY = 'collabnext.address.replaced';

const setNote = (key: string, code: string | null): void => {
  try {
    if (code === null) sessionStorage.removeItem(key);
    else sessionStorage.setItem(key, code);
  } catch {
    // No session storage (privacy settings): a reload in the pause may reopen the previous link.
  }
};

/** Notes the code the address bar shows as behind the configuration; null forgets it, and any code a write replaced. */
export function noteAddressBehind(code: string | null): void {
  setNote(BEHIND_KEY, code);
  if (code === null) setNote(REPLACED_KEY, null);
}

/** Notes that a write replaced this code, noted behind until then (address-sync.ts). */
export const noteAddressReplaced = (code: string): void => setNote(REPLACED_KEY, code);

/** Forgets that a write replaced this code, if it is still the one noted: no reload began then. */
export const forgetAddressReplaced = (code: string): void => {
  if (noteOf(REPLACED_KEY) === code) setNote(REPLACED_KEY, null);
};

/**
 * True when `code` is only this tab's own address bar lagging behind an edit (a reload came before the pause ended,
 * or began just before the address was written): the saved draft, which has the edit, is the one to open. The code is
 * then noted behind until the address sync writes the draft's code (QA: a second reload before that opened the old
 * link over the draft); any other note is forgotten, so the next reload reads the address as a link.
 */
export function addressWasBehind(code: string): boolean {
  const behind = noteOf(BEHIND_KEY) === code || noteOf(REPLACED_KEY) === code;
  noteAddressBehind(null);
  if (behind) noteAddressBehind(code);
  return behind;
}

/** Whether the address bar shows a code this tab noted as behind the configuration (read only). */
export const addressIsBehind = (): boolean => {
  const code = addressCode();
  return code !== '' && noteOf(BEHIND_KEY) === code;
};

function noteOf(key: string): string | null {
  try {
    return sessionStorage.getItem(key);
  } catch {
    return null;
  }
}
