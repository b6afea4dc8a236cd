import type { Catalog } from './catalog-schema';
import { indexCatalog } from './catalog-index';
import type { Configuration } from './configuration';
import { checkSavedConfiguration, readSavedConfiguration, type DraftFault, type SavedConfiguration } from './draft-configuration';
import { fail, ok, type Result } from './result';
import { carryOverConfiguration, type CarryOverChange } from './share-carry-over';
import { DRAFT_FORMAT, type Draft } from './draft-format';
import { isRecord } from './is-record';
import { keptAddedNotes } from './draft-added-notes';
import { readSavedDetails } from './draft-details';

/** Why a saved draft was not read at all (then it is set aside whole); `newer-format`: a later version of the configurator wrote it. */
export type UnreadableDraft = 'not-json' | 'not-a-draft' | 'newer-format';

/** « collabnext-draft/2 » and later: a draft format this version does not know yet, rather than no draft at all. */
export function isNewerFormat(format: unknown): boolean {
  const version = typeof format === 'string' ? /^collabnext-draft\/([1-9]\d{0,8})$/.exec(format)?.[1] : undefined;
  return version !== undefined && Number(version) > Number(DRAFT_FORMAT.slice(DRAFT_FORMAT.indexOf('/') + 1));
}

/** A draft made on another revision: the configuration as saved on it, and what moving it to today's catalog changed. */
export interface DraftCarryOver {
  from: string;
  saved: Configuration;
  changes: CarryOverChange[];
}

export interface RestoredDraft {
  draft: Draft;
  /** Saved values that were dropped, each with why; the rest of the draft is kept. */
  faults: DraftFault[];
  carriedOver: DraftCarryOver | null;
}

/**
 * Restores a saved draft (untrusted: it may be corrupted, hand-edited or from an older catalog) value
 * by value: what is valid is kept, what is not is dropped and listed. A draft made on another catalog
 * revision is carried over, with the list of what changed. Only a text that is not a draft at all fails.
 */
export function restoreDraft(catalog: Catalog, text: string): Result<RestoredDraft, UnreadableDraft> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail('not-json');
  }
  if (isRecord(raw) && isNewerFormat(raw.format)) return fail('newer-format');
  if (!isRecord(raw) || raw.format !== DRAFT_FORMAT) return fail('not-a-draft');
  const firstTerm = catalog.discounts.commitment[0]?.months ?? 1;
  const read = readSavedConfiguration(raw.configuration, firstTerm);
  const { saved } = read;
  let configuration: Configuration;
  let faults = read.faults;
  let carriedOver: DraftCarryOver | null = null;
  if (saved.catalog !== undefined && saved.catalog !== catalog.version) {
    // §3: a missing quantity is the module's default, read from today's catalog because this runs before
    // the first screen and the draft's own revision is fetched only later; a withdrawn module's quantity is
    // neither carried over nor priced, so its 0 is never seen.
    const { moduleById } = indexCatalog(catalog);
    const quantity = (i: SavedConfiguration['items'][number]) => i.quantity ?? moduleById.get(i.module)?.quantity.default ?? 0;
    const before: Configuration = {
      catalog: saved.catalog, items: saved.items.map((i) => ({ module: i.module, quantity: quantity(i) })),
      termMonths: saved.termMonths ?? firstTerm, requirements: saved.requirements, salesDiscountBp: saved.salesDiscountBp,
    };
    const carried = carryOverConfiguration(catalog, before);
    configuration = carried.configuration;
    carriedOver = { from: saved.catalog, saved: before, changes: carried.changes };
  } else {
    const checked = checkSavedConfiguration(catalog, saved);
    configuration = checked.configuration;
    faults = [...faults, ...checked.faults];
  }
  const details = readSavedDetails(raw);
  faults = [...faults, ...details.faults];
  const addedAutomatically = keptAddedNotes(catalog, configuration, raw.addedAutomatically);
  return ok({
    draft: {
      configuration,
      addedAutomatically,
      ...details.details,
    },
    faults,
    carriedOver,
  });
}
