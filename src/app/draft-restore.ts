// Loaded with the notices that offer a draft back (draft-news): a page that restores nothing never needs it.
import { hasCustomerDetails } from '../domain/customer';
import type { ConfiguratorState, ConfiguratorStore } from '../store/configurator-store';
import { storeFromDraft, type DraftDesk } from './boot';
import { readDraft, type DraftLoad } from './draft-loading';
import { DRAFT_KEY, draftTextOf, keepAside, rememberDraft, stopSavingDraft, storage, storeBeingSaved } from './draft-storage';
import { forgetDraftAside, type AsideReason } from './drafts-aside';
import { showInAddressBar } from './share-link-sync';

/** Work worth keeping: a module, a customer detail or notes (sales mode alone is a switch, not work). */
const holdsWork = ({ configuration, customer, notes }: ConfiguratorState): boolean =>
  configuration.items.length > 0 || notes !== '' || hasCustomerDetails(customer);

/**
 * Makes a draft's text (one kept aside, or another tab's) the draft again, on a new store. The draft on
 * screen (`shown`, unless another store is being saved) is kept aside first, unless it holds no work or is
 * the same text: so either way nothing is lost. The text is read back as at start-up (what that changed is
 * for the caller to settle and tell), and its own keys aside are forgotten, as it is the draft again.
 * Returns the new store and what reading the text back gave (to be told), with what the browser threw if it
 * refused to save the draft (then on screen only, saved at the next edit) and whether the draft on screen was
 * kept aside; null when it refused to keep the draft on screen aside: nothing changed.
 */
export function restoreDraft(
  desk: DraftDesk, text: string, why: Extract<AsideReason, 'replaced' | 'tab-loaded'>, shown: ConfiguratorStore,
): { store: ConfiguratorStore; loaded: DraftLoad; failure: unknown; keptAside: boolean } | null {
  const state = (storeBeingSaved() ?? shown).getState();
  const current = draftTextOf(state);
  const keptAside = holdsWork(state) && current !== text;
  if (keptAside && keepAside(current, why) === null) return null;
  stopSavingDraft();
  let failure: unknown = null;
  try {
    window.localStorage.setItem(DRAFT_KEY, text);
    const saved = storage();
    if (saved) forgetDraftAside(saved, text);
  } catch (error) {
    failure = error;
  }
  rememberDraft(storage()?.getItem(DRAFT_KEY) ?? null);
  const loaded = readDraft(desk.catalog, text);
  const store = storeFromDraft(desk.catalog, state.lang, loaded);
  desk.switchStore(store);
  void showInAddressBar(store.getState().configuration);
  return { store, loaded, failure, keptAside };
}
