import type { Configuration } from '../domain/configuration';
import type { ConfiguratorStore } from '../store/configurator-store';

const linkBuilder = () => import('../ui/share-link-builder');

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
  return linkBuilder().then(({ buildShareLink }) => replaceAddress(buildShareLink(window.location.href, configuration)), () => {});
}

/** Where this tab notes the code its address bar still shows while an edit waits to be written (kept over a reload, one tab only). */
const BEHIND_KEY = 'collabnext.address.behind';

function noteAddressBehind(code: string | null): void {
  try {
    if (code === null) sessionStorage.removeItem(BEHIND_KEY);
    else sessionStorage.setItem(BEHIND_KEY, code);
  } catch {
    // No session storage (privacy settings): a reload in the pause may reopen the previous link.
  }
}

/**
 * True when `code` is only this tab's own address bar lagging behind an edit (a reload
 * came before the pause ended): the saved draft, which has the edit, is the one to open.
 * Forgets the note, so the next reload reads the address as a link again.
 */
export function addressWasBehind(code: string): boolean {
  try {
    const behind = sessionStorage.getItem(BEHIND_KEY) === code;
    sessionStorage.removeItem(BEHIND_KEY);
    return behind;
  } catch {
    return false;
  }
}

/**
 * Edits in a row write the address once, when they pause (in ms): history.replaceState costs about 1 ms in
 * the page and redraws the browser's address bar, work that a click's frame should not wait for or share.
 */
const ADDRESS_PAUSE_MS = 250;

/**
 * The address bar follows the configuration, a moment after each edit. It is not written at start-up: a link that
 * could not be opened stays in the address bar, untouched, until the buyer edits.
 */
export function keepAddressInSync(store: ConfiguratorStore, loadCodec: typeof linkBuilder = linkBuilder): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // False once stopped (the data erased, another store on screen): a codec still downloading then writes nothing.
  let live = true;
  // The codec loads once, on the first edit; by then the latest configuration is the one to show.
  // If its code does not download (connection lost, a redeploy), the address stays behind, noted as such
  // (a reload opens the saved draft, not the old link), and the next edit tries again.
  const write = () => {
    timer = undefined;
    loadCodec().then(
      ({ buildShareLink }) => {
        if (!live) return;
        replaceAddress(buildShareLink(window.location.href, store.getState().configuration));
        if (timer === undefined) noteAddressBehind(null);
      },
      () => {},
    );
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.configuration === previous.configuration) return;
    if (timer === undefined) noteAddressBehind(window.location.hash.slice(1));
    clearTimeout(timer);
    timer = setTimeout(write, ADDRESS_PAUSE_MS);
  });
  // A link pasted into the address bar of an open page changes the fragment only: open it as at start-up.
  // An in-page anchor (#quote, the id of an element) only scrolls, as usual.
  const reopen = () => {
    const fragment = window.location.hash.slice(1);
    if (fragment !== '' && document.getElementById(fragment) === null) window.location.reload();
  };
  window.addEventListener('hashchange', reopen);
  return () => {
    live = false;
    clearTimeout(timer);
    unsubscribe();
    window.removeEventListener('hashchange', reopen);
  };
}
