import { keptAddedNotes } from '../domain/draft-added-notes';
import type { Catalog } from '../domain/catalog-schema';
import type { Language } from '../domain/language';
import { carryOverConfiguration } from '../domain/share-carry-over';
import { createConfiguratorStore, type ConfiguratorStore } from '../store/configurator-store';
import { sayLink } from '../ui/link-notices';
import { describeChangeByName } from '../ui/share-change-text';
import { showInAddressBar } from './share-link-sync';

/**
 * Re-prices a quote opened on an older revision on today's catalog. A store is made for one
 * catalog (its edits, rules and derived quote all hang on it), so the app moves to a new store:
 * same customer, notes, mode and language, the configuration carried over, and a notice of what changed.
 */
export function repriceOnCatalog(store: ConfiguratorStore, catalog: Catalog): ConfiguratorStore {
  const state = store.getState();
  const carried = carryOverConfiguration(catalog, state.configuration);
  // The notes still true on today's catalog (a module or a rule carried over under another name drops its note).
  const addedAutomatically = keptAddedNotes(catalog, carried.configuration, state.addedAutomatically);
  const next = createConfiguratorStore({
    catalog, lang: state.lang, bundle: { configuration: carried.configuration, addedAutomatically },
    customer: state.customer, notes: state.notes, salesMode: state.salesMode,
  });
  const changes = (l: Language) => carried.changes.map((c) => describeChangeByName(c, [state.catalog, catalog], l)).join(' ') || sayLink(l, 'nothingDropped');
  for (const { tone, text, action, items } of state.notices) next.getState().postNotice({ tone, text, action, items });
  next.getState().postNotice({ tone: 'info', text: (l) => sayLink(l, 'repriced', { version: catalog.version, changes: changes(l) }) });
  void showInAddressBar(carried.configuration);
  return next;
}
