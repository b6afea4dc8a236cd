import type { Catalog } from '../domain/catalog-schema';
import type { Language } from '../domain/language';
import { createConfiguratorStore, type ConfiguratorStore } from '../store/configurator-store';
import { loadLaterParts } from '../ui/later-parts';
import { loadLanguage } from '../ui/messages';
import { loadNoticeList } from '../ui/notice-slot';
import { cardsAwaitLaterParts } from '../ui/use-module-view';
import type { DraftLoad } from './draft-loading';
import { hasDraftsAside } from './draft-storage';
import { draftNews } from './draft-watch';
import { startingLanguage } from './language-choice';
import { addressCode, addressWasBehind } from './share-link-sync';

/** How long the first screen waits for the later parts (ui/later-parts.ts) before it shows the cards' states alone (ms). */
const LATER_PARTS_WAIT_MS = 2_000;

/** Today's catalog, and how to show another store once the app is on screen (a draft restored, a link's notice going back). */
export interface DraftDesk {
  catalog: Catalog;
  switchStore: (store: ConfiguratorStore) => void;
}

/**
 * Creates the store from what the browser kept (the saved draft, else an empty configuration), then
 * opens the share link in the address, if any, then offers the drafts kept aside before this visit, if any.
 */
export async function bootConfigurator(catalog: Catalog, switchStore: (store: ConfiguratorStore) => void = () => {}): Promise<ConfiguratorStore> {
  const desk = { catalog, switchStore };
  const started = Date.now();
  const lang = startingLanguage();
  const [{ loadDraft, readBackChanged }] = await Promise.all([import('./draft-loading'), loadLanguage(lang)]);
  const loaded = loadDraft(catalog);
  let store = storeFromDraft(catalog, lang, loaded);
  const code = typeof location === 'undefined' ? '' : addressCode(location);
  // With a link, what reading the draft back changed is said by the link's opening, unless the draft is that link's quote.
  if (code !== '' && !addressWasBehind(code)) store = await (await import('./share-link-opening')).openShareLink(code, { ...desk, draft: store, loaded });
  else if (readBackChanged(loaded)) await (await draftNews()).readBack(catalog, store, loaded);
  if (hasDraftsAside()) (await draftNews()).offerDraftsAside(store, desk, started);
  if (store.getState().notices.length > 0) await loadNoticeList();
  // A draft or a link with lines or a card to explain has the later parts on its first screen, unless their file stalls
  // (QA: the page waited as long as it did); a newcomer's come just after it.
  if (laterPartsShown(store)) await Promise.race([loadLaterParts().catch(() => undefined), new Promise((go) => setTimeout(go, LATER_PARTS_WAIT_MS))]);
  return store;
}

/**
 * Whether the first screen shows a later part: the quote's lines, or a card to explain. A catalog the engine cannot read (a host serving a file edited after
 * the build) throws here as it would at the first render: left to that render, where the page says it crashed.
 */
function laterPartsShown(store: ConfiguratorStore): boolean {
  const state = store.getState();
  if (state.configuration.items.length > 0) return true;
  try {
    return cardsAwaitLaterParts(state);
  } catch {
    return false;
  }
}

/** The store a draft read back gives (empty when there was none, or when it was set aside whole). */
export function storeFromDraft(catalog: Catalog, lang: Language, loaded: DraftLoad): ConfiguratorStore {
  if (loaded.kind !== 'restored') return createConfiguratorStore({ catalog, lang });
  const { configuration, addedAutomatically, customer, notes, salesMode } = loaded.draft;
  return createConfiguratorStore({ catalog, lang, bundle: { configuration, addedAutomatically }, customer, notes, salesMode });
}
