/**
 * The browser's Back after a link pasted in this tab's address bar: the page reloads to open the link, so Back loads
 * the address before it, the code of the buyer's own configuration, which the page would open as a link received
 * (« Le lien a remplacé votre brouillon »). This tab notes that code when the link comes, and the opening of a link
 * says « back » instead when it meets it again.
 */
const BEFORE_LINK_KEY = 'collabnext.address.beforeLink';

/**
 * Notes the fragment of the address a pasted link replaced (`HashChangeEvent.oldURL`), for this tab only. Back to the
 * noted address is a fragment change too (when the browser keeps the page): the note then stays, for the opening.
 */
export function noteAddressBeforeLink(oldUrl: string): void {
  try {
    const arriving = window.location.hash.slice(1);
    if (arriving !== '' && sessionStorage.getItem(BEFORE_LINK_KEY) === arriving) return;
    const code = new URL(oldUrl).hash.slice(1);
    if (code === '') sessionStorage.removeItem(BEFORE_LINK_KEY);
    else sessionStorage.setItem(BEFORE_LINK_KEY, code);
  } catch {
    // No session storage: Back then opens the earlier address as a link, with its way back.
  }
}

/** True, once, when `code` is the address a pasted link replaced in this tab: the buyer went Back to it. */
export function wentBackBeforeLink(code: string): boolean {
  try {
    const back = sessionStorage.getItem(BEFORE_LINK_KEY) === code;
    if (back) sessionStorage.removeItem(BEFORE_LINK_KEY);
    return back;
  } catch {
    return false;
  }
}
