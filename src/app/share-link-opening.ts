// Loaded at start-up only when the address carries a fragment: the first screen of a plain visit does without it.
import type { Catalog } from '../domain/catalog-schema';
import type { Configuration } from '../domain/configuration';
import type { CustomerDetails } from '../domain/customer';
import type { Draft } from '../domain/draft-format';
import { inferredAdditions } from '../domain/engine/inferred-additions';
import type { Language } from '../domain/language';
import { carryOverConfiguration } from '../domain/share-carry-over';
import type { ShareError } from '../domain/share-errors';
import { decodeShareLink } from '../domain/share-link';
import { isLaterRevision } from '../domain/share-archive';
import { describeShareError } from '../domain/share-messages';
import { restoreSharedConfiguration } from '../domain/share-restore';
import { createConfiguratorStore, type ConfiguratorState, type ConfiguratorStore } from '../store/configurator-store';
import { sayLink } from '../ui/link-notices';
import { describeChangeByName } from '../ui/share-change-text';
import { moduleName, qualificationName } from '../domain/catalog-names';
import type { DraftDesk } from './boot';
import { draftNews } from './draft-watch';
import { wentBackBeforeLink } from './link-history';
import { keepDraftAside, linkReplacesWork, sameChoices } from './share-draft-aside';
import { readBackChanged, readDraft, type DraftLoad } from './draft-loading';
import { rememberDraft, storage } from './draft-storage';
import { textsAside } from './drafts-aside';
import { showInAddressBar } from './share-link-sync';

/** Today's catalog and the store switch, and whether the link is the address the Back button came back to. */
interface OpeningDesk extends DraftDesk {
  back: boolean;
  /** The saved draft is the link's own quote, as this tab saved it on the link's revision (a reload of the link). */
  isDraft: boolean;
  /** The notices about the draft as it was read back, before the link's: dropped if the link replaces the draft. */
  aboutDraft: readonly number[];
}

export interface LinkOpening extends DraftDesk {
  /** The store restored from the browser's draft (or empty): what the buyer had before opening the link. */
  draft: ConfiguratorStore;
  /** How the draft was read back (carried over to today's catalog, repaired, set aside…), not yet said; none: no draft. */
  loaded?: DraftLoad;
}

/**
 * Opens a share link (untrusted) at start-up and returns the store to show: the link's quote on
 * the revision it names when the app has it, else carried over onto today's catalog. A link that
 * cannot be opened leaves the draft untouched, with the reason; a link that replaces a draft keeps it.
 */
export async function openShareLink(text: string, { draft, loaded = { kind: 'none' }, ...opening }: LinkOpening): Promise<ConfiguratorStore> {
  const decoded = decodeShareLink(text);
  // A reload of a link on an older revision: the draft saved is the link's quote on that revision, read back onto
  // today's catalog. It is not a draft the link replaces, nor one to carry over and tell about.
  const isDraft = decoded.ok && loaded.kind === 'restored' && loaded.carriedOver?.from === decoded.value.catalog && sameChoices(loaded.carriedOver.saved, decoded.value);
  if (isDraft) rememberDraft(loaded.text);
  else if (readBackChanged(loaded)) await (await draftNews()).readBack(opening.catalog, draft, loaded);
  const aboutDraft = draft.getState().notices.map((notice) => notice.id);
  // Back to the address a link pasted in this tab replaced: the buyer's own configuration, not a link received.
  const desk = { ...opening, back: wentBackBeforeLink(text), isDraft, aboutDraft };
  const { catalog } = desk;
  if (!decoded.ok) return refuse(draft, decoded.error);
  const payload = decoded.value;
  if (payload.catalog === catalog.version) {
    const restored = restoreSharedConfiguration(catalog, payload);
    return restored.ok ? replaceDraft(desk, draft, restored.value, payload.customer) : refuse(draft, restored.error, catalog);
  }
  const { fetchArchivedCatalog } = await import('../ui/catalog-archive-loading');
  const archived = await fetchArchivedCatalog(payload.catalog);
  if (archived.kind === 'found') {
    const restored = restoreSharedConfiguration(archived.catalog, payload);
    if (!restored.ok) return refuse(draft, restored.error, archived.catalog);
    return openOnRevision(desk, archived.catalog, draft, restored.value, payload.customer);
  }
  const carried = carryOverConfiguration(catalog, payload);
  const changes = (l: Language) => carried.changes.map((c) => describeChangeByName(c, [catalog], l)).join(' ') || sayLink(l, 'nothingDropped');
  // A revision after every one this copy has (2031-01) was not withdrawn: a newer configurator made the link.
  const key = archived.kind === 'unreadable' ? 'archiveUnreadable' : isLaterRevision(payload.catalog, [catalog.version, ...archived.available]) ? 'carriedOverNewer' : 'carriedOver';
  draft.getState().postNotice({ tone: 'warning', text: (l) => sayLink(l, key, { revision: payload.catalog, version: catalog.version, changes: changes(l) }) });
  return replaceDraft(desk, draft, carried.configuration, payload.customer);
}

function refuse(draft: ConfiguratorStore, error: ShareError, catalog?: Catalog): ConfiguratorStore {
  const name = (l: Language) => (id: string) => (catalog ? (catalog.modules.some((m) => m.id === id) ? moduleName(catalog, id, l) : qualificationName(catalog, id, l)) : id);
  draft.getState().postNotice({ tone: 'error', text: (l) => sayLink(l, 'refused', { problem: describeShareError(error, l, name(l)) }) });
  return draft;
}

/** Whether the link replaces work the buyer had: never when the saved draft is the link's own quote. */
const replacesWork = (desk: OpeningDesk, before: ConfiguratorState, configuration: Configuration, customer: CustomerDetails | null) =>
  linkReplacesWork(desk.isDraft ? { ...before, configuration } : before, configuration, customer);

/** Keeps aside what the link replaces: the buyer's draft, or the link's configuration the Back button leaves. */
const keepReplacedAside = (desk: OpeningDesk, before: ConfiguratorState) => keepDraftAside(before, desk.back ? 'back' : 'link');

/** The link's configuration on today's catalog, as one undoable change; the draft it replaces is kept aside, one click away. */
async function replaceDraft(desk: OpeningDesk, store: ConfiguratorStore, configuration: Configuration, customer: CustomerDetails | null): Promise<ConfiguratorStore> {
  const before = store.getState();
  const replaces = replacesWork(desk, before, configuration, customer);
  const kept = replaces ? keepReplacedAside(desk, before) : null;
  // What the page said of the draft as it read it back (carried over to today's catalog, its prices then and now)
  // is about the draft set aside, not the link's quote on screen: said again if the draft is restored.
  if (replaces) desk.aboutDraft.forEach((id) => before.dismissNotice(id));
  // Back to the buyer's own configuration: theirs are the customer's details they had then, not the link's, and
  // their notes « Ajouté d’office » (QA: inferred, they made a module the buyer ticked go « d’office » with another).
  const draftBefore = desk.back ? draftBeforeLink(desk.catalog, configuration) : null;
  const own = customer ?? draftBefore?.customer ?? null;
  if (before.configuration.items.length === 0 || replaces) before.replaceConfiguration(configuration, draftBefore?.addedAutomatically);
  if (own) before.fillCustomer(own);
  if (kept !== null) await postDraftKept(desk, store, kept);
  await forgetCustomerInAddress(store, customer);
  return store;
}

/**
 * The draft a link replaced (kept aside when it came), found by its configuration: the buyer's, whom Back brings
 * back with its customer's details and notes (QA: Back kept the sender's customer on the buyer's own bundle). Null when
 * that draft is not aside (the browser refused to keep it, or it was forgotten since).
 */
function draftBeforeLink(catalog: Catalog, configuration: Configuration): Draft | null {
  const saved = storage();
  for (const text of saved ? textsAside(saved, 'link') : []) {
    const read = readDraft(catalog, text);
    if (read.kind === 'restored' && sameChoices(read.draft.configuration, configuration)) return read.draft;
  }
  return null;
}

/**
 * A link that carried the customer's details has done its work once they are in the form: the address bar shows
 * the configuration's code without them at once (it kept them until the first edit, for anyone copying the URL).
 */
async function forgetCustomerInAddress(store: ConfiguratorStore, customer: CustomerDetails | null): Promise<void> {
  if (customer) await showInAddressBar(store.getState().configuration);
}

/** A store on the older revision the link names, so its quote is the original one to the cent. */
async function openOnRevision(
  desk: OpeningDesk, revision: Catalog, draft: ConfiguratorStore, configuration: Configuration, customer: CustomerDetails | null,
): Promise<ConfiguratorStore> {
  const before = draft.getState();
  const store = createConfiguratorStore({
    catalog: revision, lang: before.lang, bundle: { configuration, addedAutomatically: inferredAdditions(revision, configuration) },
    customer: customer ?? before.customer, notes: before.notes, salesMode: before.salesMode,
  });
  if (replacesWork(desk, before, configuration, customer)) await postDraftKept(desk, store, keepReplacedAside(desk, before));
  await forgetCustomerInAddress(store, customer);
  return store;
}

/**
 * « Le lien a remplacé votre brouillon », with the way back to it (the link's quote is kept aside in turn); after the
 * Back button, « Retour à votre configuration d’avant le lien », with the way back to the link's. When the browser had
 * no room to keep it aside, it is said as it is, without that button (restoring would have to keep the link's quote
 * aside, which the browser refuses too): the draft stays saved as it was, this tab writes nothing over it, and the
 * configurator opened in another tab, without the link, shows it.
 */
async function postDraftKept(desk: OpeningDesk, store: ConfiguratorStore, { text, keptAside }: { text: string; keptAside: boolean }): Promise<void> {
  const [{ sayDraft }, news] = await Promise.all([import('../ui/draft-notices'), draftNews()]);
  if (!keptAside) return void store.getState().postNotice({ tone: 'warning', text: (l) => sayDraft(l, 'linkNotKept') });
  store.getState().postNotice({
    tone: 'info',
    text: (l) => sayDraft(l, desk.back ? 'backKept' : 'linkKept'),
    action: { label: (l) => sayDraft(l, desk.back ? 'restoreLink' : 'restoreMine'), run: () => news.restoreFromNotice(desk, text, 'replaced', store) },
  });
}
