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

/**
 * Where this tab notes the code its address bar still shows while an edit waits to be written (kept over a reload, one
 * tab only): the code, after WRITTEN once the address has been written since. A code has no space in it.
 */
const BEHIND_KEY = 'collabnext.address.behind';
const WRITTEN = 'written ';

function writeNote(note: string | null): void {
  try {
    if (note === null) sessionStorage.removeItem(BEHIND_KEY);
    else sessionStorage.setItem(BEHIND_KEY, note);
  } catch {
    // No session storage (privacy settings): a reload in the pause may reopen the previous link.
  }
}

function readNote(): string | null {
  try {
    return sessionStorage.getItem(BEHIND_KEY);
  } catch {
    return null;
  }
}

/** An edit waits to be written: the address still shows `code`. */
export const noteAddressBehind = (code: string): void => writeNote(code);

/**
 * The address now shows the configuration. The note stays, marked written: a reload the browser had already started
 * loads the address as it was then, the old code, and must still open the saved draft (QA: the edit was lost when
 * the reload and the write crossed: 1 journey run in about 60).
 */
export function noteAddressWritten(): void {
  const note = readNote();
  if (note !== null && !note.startsWith(WRITTEN)) writeNote(WRITTEN + note);
}

/** A link the buyer put in the address bar is a link, whatever this tab noted. */
export const forgetAddressBehind = (): void => writeNote(null);

/** Whether this page was loaded by a reload (the browser's button, F5, or location.reload()). */
const reloaded = (): boolean =>
  typeof performance !== 'undefined' && (performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined)?.type === 'reload';

/**
 * True when `code` is only this tab's own address bar lagging behind an edit (a reload came before the pause ended,
 * or crossed the write): the saved draft, which has the edit, is the one to open. Once written, only a reload counts:
 * the same old code opened anew is a link. Forgets the note, so the next reload reads the address as a link again.
 */
export function addressWasBehind(code: string, isReload: boolean = reloaded()): boolean {
  const note = readNote();
  writeNote(null);
  return note === code || (isReload && note === WRITTEN + code);
}
