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

export function noteAddressBehind(code: string | null): void {
  try {
    if (code === null) sessionStorage.removeItem(BEHIND_KEY);
    else sessionStorage.setItem(BEHIND_KEY, code);
  } catch {
    // No session storage (privacy settings): a reload in the pause may reopen the previous link.
  }
}

/**
 * True when `code` is only this tab's own address bar lagging behind an edit (a reload came before the pause ended):
 * the saved draft, which has the edit, is the one to open. The note then stays until the address sync writes the
 * draft's code (QA: a second reload before that opened the old link over the draft); any other note is forgotten,
 * so the next reload reads the address as a link.
 */
export function addressWasBehind(code: string): boolean {
  const behind = noteOf() === code;
  if (!behind) noteAddressBehind(null);
  return behind;
}

/** Whether the address bar shows a code this tab noted as behind the configuration (read only). */
export const addressIsBehind = (): boolean => {
  const code = addressCode();
  return code !== '' && noteOf() === code;
};

function noteOf(): string | null {
  try {
    return sessionStorage.getItem(BEHIND_KEY);
  } catch {
    return null;
  }
}
