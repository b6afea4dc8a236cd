import { isEmptyConfiguration } from '../domain/empty-configuration';
import type { ConfiguratorState, ConfiguratorStore } from '../store/configurator-store';
import { noteAddressBeforeLink } from './link-history';
import { loadLinkBuilder } from '../ui/share-link-builder-loading';
import { addressCode, addressIsBehind, forgetAddressReplaced, noteAddressBehind, noteAddressReplaced, replaceAddress } from './share-link-sync';

/**
 * Edits in a row write the address once, when they pause (in ms): history.replaceState costs about 1 ms in
 * the page and redraws the browser's address bar, work that a click's frame should not wait for or share.
 */
const ADDRESS_PAUSE_MS = 250;

/**
 * How long the code a write replaced is read as this tab's own: a reload begun just before the write is heard of
 * (beforeunload) within about 60 ms (57 ms measured under load). Past that, the page stayed: the code is forgotten,
 * so the same link opened again later (another query, the « %23 » form: a full load) is read as a link.
 */
const REPLACED_FOR_MS = 1000;

/** What happened before this code arrived: the state before the first edit, and the address a link pasted in the address bar replaced. */
export interface AddressCatchUp {
  since?: ConfiguratorState;
  pastedOver?: string;
}

/**
 * The address bar follows the configuration, a moment after each edit. At start-up it is written only when it holds
 * no code and the page shows a configuration (a draft read back on a plain visit: copied as it was, the address
 * opened an empty configurator), or a code this tab noted as behind (a reload in the pause opened the draft); a
 * link, even one that could not be opened, stays in the address bar, untouched,
 * until the buyer edits. Started a moment after the first screen (a later behaviour): an edit made before writes the
 * address at once, a link pasted in the address bar before is opened at once.
 */
export function keepAddressInSync(store: ConfiguratorStore, { since, pastedOver }: AddressCatchUp = {}, loadCodec: typeof loadLinkBuilder = loadLinkBuilder): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // False once stopped (the data erased, another store on screen): a codec still downloading then writes nothing.
  let live = true;
  // The codec loads once, on the first edit; by then the latest configuration is the one to show.
  // If its code does not download (connection lost, a redeploy), the address stays behind, noted as such
  // (a reload opens the saved draft, not the old link), and the next edit tries again.
  // Set when the page is being left (a reload begun): the browser loads the address as it was then, so a write in
  // that moment keeps the note and the reload opens the draft, which has the edit (QA: the reload and the write
  // crossed, and the link's old code replaced the edit, 1 journey run in about 60). An edit after it means the page
  // stayed (the navigation did not happen).
  let leaving = false;
  // The address as this sync last wrote it: a hashchange that finds it there came after the write.
  let written: string | undefined;
  const write = () => {
    timer = undefined;
    loadCodec().then(
      ({ buildShareLink }) => {
        if (!live) return;
        const replaced = addressIsBehind() ? addressCode() : null;
        replaceAddress(buildShareLink(window.location.href, store.getState().configuration));
        written = window.location.href;
        // Being left: the reload loads the address noted, keep the note. An edit made while the code loaded: the
        // address is behind again, now by that edit, so the note names the code just written (it named the one
        // before, and a reload then read the address as a link over the draft, 4 journey runs in 30).
        if (!leaving) noteAddressBehind(timer === undefined ? null : addressCode());
        // A reload begun just before this write, not yet heard of, loads the code replaced.
        if (replaced === null) return;
        noteAddressReplaced(replaced);
        setTimeout(() => leaving || forgetAddressReplaced(replaced), REPLACED_FOR_MS);
      },
      () => {},
    );
  };
  const onLeaving = () => (leaving = true);
  const edited = () => {
    if (!live) return;
    leaving = false;
    if (timer === undefined) noteAddressBehind(addressCode());
    clearTimeout(timer);
    timer = setTimeout(write, ADDRESS_PAUSE_MS);
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.configuration !== previous.configuration) edited();
  });
  // A link pasted into the address bar of an open page changes the fragment only: open it as at start-up.
  // An in-page anchor (#quote, the id of an element) only scrolls, as usual.
  const reopen = (oldUrl: string, pasted: string) => {
    const fragment = new URL(pasted).hash.slice(1);
    if (fragment === '' || document.getElementById(fragment) !== null) return;
    // The page is going: nothing more is written or noted. A write that came between the paste and its hashchange put
    // this tab's code over the link (a journey pasting 250 ms after an edit, 1 run in 20): the link is put back. Only
    // then: with two hashchanges in a row (Back twice), the first one's address is not the one to put back.
    live = false;
    clearTimeout(timer);
    if (window.location.href !== pasted && window.location.href === written) replaceAddress(pasted);
    // A code pasted is a link to open, even one this tab's address showed before.
    noteAddressBehind(null);
    noteAddressBeforeLink(oldUrl);
    window.location.reload();
  };
  const onHashChange = (event: HashChangeEvent) => reopen(event.oldURL, event.newURL);
  window.addEventListener('hashchange', onHashChange);
  window.addEventListener('beforeunload', onLeaving);
  const { configuration, catalog } = store.getState();
  if (pastedOver !== undefined) reopen(pastedOver, window.location.href);
  else if (since !== undefined && since.configuration !== configuration) edited();
  // A plain address over a configuration, or a code left behind by a reload during the pause: written at once.
  else if ((addressCode() === '' && !isEmptyConfiguration(configuration, catalog)) || addressIsBehind()) write();
  return () => {
    live = false;
    clearTimeout(timer);
    unsubscribe();
    window.removeEventListener('hashchange', onHashChange);
    window.removeEventListener('beforeunload', onLeaving);
  };
}
