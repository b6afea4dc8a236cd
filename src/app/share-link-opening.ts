// Loaded at start-up only when the address carries a fragment: the first screen of a plain visit does without it.
import type { Catalog } from '../domain/catalog-schema';
import type { Configuration } from '../domain/configuration';
import type { CustomerDetails } from '../domain/customer';
import type { Language } from '../domain/language';
import { carryOverConfiguration } from '../domain/share-carry-over';
import type { ShareError } from '../domain/share-errors';
import { decodeShareLink } from '../domain/share-link';
import { describeShareError } from '../domain/share-messages';
import { restoreSharedConfiguration } from '../domain/share-restore';
import { createConfiguratorStore, type ConfiguratorStore } from '../store/configurator-store';
import { translate } from '../ui/messages';
import { describeChangeByName } from '../ui/share-change-text';
import { moduleName, qualificationName } from '../domain/catalog-names';
import { keepDraftBeforeLink, linkReplacesWork, putDraftBack } from './share-draft-aside';
import { showInAddressBar } from './share-link-sync';

export interface LinkOpening {
  /** Today's catalog. */
  catalog: Catalog;
  /** The store restored from the browser's draft (or empty): what the buyer had before opening the link. */
  draft: ConfiguratorStore;
  /** Shows another store once the app is on screen (back to the draft from an older revision). */
  switchStore: (store: ConfiguratorStore) => void;
}

/**
 * Opens a share link (untrusted) at start-up and returns the store to show: the link's quote on
 * the revision it names when the app has it, else carried over onto today's catalog. A link that
 * cannot be opened leaves the draft untouched, with the reason; a link that replaces a draft keeps it.
 */
export async function openShareLink(text: string, { catalog, draft, switchStore }: LinkOpening): Promise<ConfiguratorStore> {
  const decoded = decodeShareLink(text);
  if (!decoded.ok) return refuse(draft, decoded.error);
  const payload = decoded.value;
  if (payload.catalog === catalog.version) {
    const restored = restoreSharedConfiguration(catalog, payload);
    return restored.ok ? replaceDraft(draft, restored.value, payload.customer) : refuse(draft, restored.error, catalog);
  }
  const { fetchArchivedCatalog } = await import('../ui/catalog-archive-loading');
  const archived = await fetchArchivedCatalog(payload.catalog);
  if (archived.kind === 'found') {
    const restored = restoreSharedConfiguration(archived.catalog, payload);
    if (!restored.ok) return refuse(draft, restored.error, archived.catalog);
    return openOnRevision(archived.catalog, draft, restored.value, payload.customer, switchStore);
  }
  const carried = carryOverConfiguration(catalog, payload);
  const changes = (l: Language) => carried.changes.map((c) => describeChangeByName(c, [catalog], l)).join(' ') || translate(l, 'share.notice.nothingDropped');
  const key = archived.kind === 'missing' ? 'share.notice.carriedOver' : 'share.notice.archiveUnreadable';
  draft.getState().postNotice({ tone: 'warning', text: (l) => translate(l, key, { revision: payload.catalog, version: catalog.version, changes: changes(l) }) });
  return replaceDraft(draft, carried.configuration, payload.customer);
}

function refuse(draft: ConfiguratorStore, error: ShareError, catalog?: Catalog): ConfiguratorStore {
  const name = (l: Language) => (id: string) => (catalog ? (catalog.modules.some((m) => m.id === id) ? moduleName(catalog, id, l) : qualificationName(catalog, id, l)) : id);
  draft.getState().postNotice({ tone: 'error', text: (l) => translate(l, 'share.notice.refused', { problem: describeShareError(error, l, name(l)) }) });
  return draft;
}

/** The link's configuration on today's catalog, as one undoable change; the draft it replaces stays one click away. */
function replaceDraft(store: ConfiguratorStore, configuration: Configuration, customer: CustomerDetails | null): ConfiguratorStore {
  const before = store.getState();
  const replaces = linkReplacesWork(before, configuration, customer);
  if (replaces) keepDraftBeforeLink();
  if (before.configuration.items.length === 0 || replaces) before.replaceConfiguration(configuration);
  if (customer) before.fillCustomer(customer);
  if (replaces) {
    const restore = () => {
      store.getState().replaceConfiguration(before.configuration);
      store.getState().fillCustomer(before.customer);
    };
    store.getState().postNotice(draftKeptNotice(restore));
  }
  return store;
}

/** A store on the older revision the link names, so its quote is the original one to the cent. */
function openOnRevision(
  revision: Catalog, draft: ConfiguratorStore, configuration: Configuration, customer: CustomerDetails | null,
  switchStore: (store: ConfiguratorStore) => void,
): ConfiguratorStore {
  const before = draft.getState();
  const store = createConfiguratorStore({
    catalog: revision, lang: before.lang, bundle: { configuration, addedAutomatically: {} },
    customer: customer ?? before.customer, notes: before.notes, salesMode: before.salesMode,
  });
  if (linkReplacesWork(before, configuration, customer)) {
    const saved = keepDraftBeforeLink();
    const restore = () => {
      putDraftBack(saved);
      showInAddressBar(before.configuration);
      switchStore(draft);
    };
    store.getState().postNotice(draftKeptNotice(restore));
  }
  return store;
}

const draftKeptNotice = (run: () => void) => ({
  tone: 'info' as const,
  text: (l: Language) => translate(l, 'share.notice.draftKept'),
  action: { label: (l: Language) => translate(l, 'share.notice.restoreDraft'), run },
});
