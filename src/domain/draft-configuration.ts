import type { Catalog } from './catalog-schema';
import type { Configuration } from './configuration';
import { checkConfigurationValues, type RefusedValue } from './configuration-values';
import type { CustomerDetails } from './customer';
import { isRecord } from './is-record';

export type { RefusedValue } from './configuration-values';

/** One value of a saved draft that could not be kept; the rest of the draft is. */
export type DraftFault =
  | { kind: 'refused'; error: RefusedValue }
  | { kind: 'configuration-unreadable' }
  | { kind: 'items-unreadable' }
  /** `position` is 1-based, in the saved list. */
  | { kind: 'item-unreadable'; position: number }
  | { kind: 'quantity-unreadable'; module: string }
  /** `to`: the term kept instead (the catalog's first). */
  | { kind: 'term-unreadable'; to: number }
  | { kind: 'requirement-unreadable' }
  /** `value`: the saved number when it was one (basis points), else null; a number here is outside 0 to 10 000. */
  | { kind: 'sales-discount-unreadable'; value: number | null }
  /** `value`: the saved number of basis points, within 0 to 10 000 but not whole (1234.5). */
  | { kind: 'sales-discount-not-whole'; value: number }
  | { kind: 'customer-unreadable' }
  /** A text left empty: it was saved as something else (a list, an object, true…). */
  | { kind: 'text-unreadable'; field: SavedTextField }
  /** `kept`: the digits of the whole number that was saved instead of a text. */
  | { kind: 'text-from-number'; field: SavedTextField; kept: string }
  /** `length`: the saved text's length in characters; `max`: how many were kept. */
  | { kind: 'text-cut'; field: SavedTextField; length: number; max: number }
  | { kind: 'sector-unreadable' }
  | { kind: 'sales-mode-unreadable' };

/** A free text of the draft: one of the customer details (the sector is a choice, not a text), or the notes. */
export type SavedTextField = Exclude<keyof CustomerDetails, 'sector'> | 'notes';

/** A saved configuration with every value of the wrong type left out (quantity and term may be missing: §3 defaults). */
export interface SavedConfiguration {
  catalog: string | undefined;
  items: { module: string; quantity?: number }[];
  termMonths?: number;
  requirements: string[];
  salesDiscountBp: number;
}

const MAX_ITEMS = 10_000;
const MAX_REQUIREMENTS = 100;
const MAX_ID = 64;

const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= MAX_ID;

function readItems(raw: unknown, faults: DraftFault[]): SavedConfiguration['items'] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw) || raw.length > MAX_ITEMS) {
    faults.push({ kind: 'items-unreadable' });
    return [];
  }
  const items: SavedConfiguration['items'] = [];
  raw.forEach((item: unknown, i) => {
    if (!isRecord(item) || !isId(item.module)) faults.push({ kind: 'item-unreadable', position: i + 1 });
    else if (item.quantity === undefined) items.push({ module: item.module });
    // A whole number too large to be exact (1e300) is still one, and one beyond what a number holds (1e400, read as
    // Infinity) is as far out of range: the catalog's bounds refuse or move it, as for an import.
    else if (Number.isInteger(item.quantity) || item.quantity === Infinity || item.quantity === -Infinity) items.push({ module: item.module, quantity: item.quantity as number });
    else faults.push({ kind: 'quantity-unreadable', module: item.module });
  });
  return items;
}

/**
 * Reads the configuration of a saved draft value by value: a value of the wrong type is left out and
 * listed, never the whole draft. Nothing here knows the catalog: that check comes after.
 */
export function readSavedConfiguration(raw: unknown, firstTerm: number): { saved: SavedConfiguration; faults: DraftFault[] } {
  const faults: DraftFault[] = [];
  if (!isRecord(raw)) {
    faults.push({ kind: 'configuration-unreadable' });
    return { saved: { catalog: undefined, items: [], requirements: [], salesDiscountBp: 0 }, faults };
  }
  const items = readItems(raw.items, faults);
  let termMonths: number | undefined;
  if (Number.isSafeInteger(raw.termMonths)) termMonths = raw.termMonths as number;
  else if (raw.termMonths !== undefined) faults.push({ kind: 'term-unreadable', to: firstTerm });
  const listed = raw.requirements === undefined ? [] : Array.isArray(raw.requirements) ? raw.requirements.slice(0, MAX_REQUIREMENTS) : [null];
  const requirements = listed.filter(isId);
  if (requirements.length < listed.length) faults.push({ kind: 'requirement-unreadable' });
  let salesDiscountBp = 0;
  const bp = raw.salesDiscountBp;
  const inRange = typeof bp === 'number' && bp >= 0 && bp <= 10_000;
  if (inRange && Number.isInteger(bp)) salesDiscountBp = bp;
  else if (inRange) faults.push({ kind: 'sales-discount-not-whole', value: bp });
  else if (bp !== undefined) faults.push({ kind: 'sales-discount-unreadable', value: typeof bp === 'number' && Number.isFinite(bp) ? bp : null });
  return { saved: { catalog: isId(raw.catalog) ? raw.catalog : undefined, items, termMonths, requirements, salesDiscountBp }, faults };
}

/**
 * Checks a saved configuration against the catalog it was made on (§3) value by value: what the
 * catalog refuses is dropped and listed, as a share link would be refused for it. A quantity out of
 * bounds or off step drops its line rather than being changed: the app never saved it, so no
 * figure near it can be trusted to be what the buyer meant.
 */
export function checkSavedConfiguration(catalog: Catalog, saved: SavedConfiguration): { configuration: Configuration; faults: DraftFault[] } {
  const { configuration, refused } = checkConfigurationValues(catalog, saved);
  return { configuration, faults: refused.map((error) => ({ kind: 'refused', error })) };
}
