import { CUSTOMER_FIELDS, emptyCustomer, type CustomerDetails } from './customer';
import type { DraftFault, SavedTextField } from './draft-configuration';
import { firstCharacters } from './grapheme';
import { isRecord } from './is-record';

/**
 * Saved texts are the user's own; they are only bounded (React renders them as inert text), in characters
 * (code points). The fields that edit them stop at the same bound, so the app never saves what it would cut.
 */
export const NOTES_MAX_LENGTH = 10_000;
export const CUSTOMER_TEXT_MAX_LENGTH = 2_000;

/** What the draft keeps besides its configuration: the customer details, the notes, sales mode. */
export interface SavedDetails {
  customer: CustomerDetails;
  notes: string;
  salesMode: boolean;
}

/**
 * One saved text. A whole number saved instead (a SIREN, a phone number) keeps its digits: losing them
 * would be worse, though a leading 0 may already be gone, which the fault tells the buyer to check.
 */
function readText(field: SavedTextField, value: unknown, max: number, faults: DraftFault[]): string {
  if (value === undefined) return '';
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) {
    const kept = String(value);
    faults.push({ kind: 'text-from-number', field, kept });
    return kept;
  }
  if (typeof value !== 'string') {
    faults.push({ kind: 'text-unreadable', field });
    return '';
  }
  const length = [...value].length;
  if (length <= max) return value;
  faults.push({ kind: 'text-cut', field, length, max });
  return firstCharacters(value, max);
}

/** Reads the customer details, notes and sales mode of a saved draft value by value; a missing value is simply empty. */
export function readSavedDetails(raw: Record<string, unknown>): { details: SavedDetails; faults: DraftFault[] } {
  const faults: DraftFault[] = [];
  if (raw.customer !== undefined && !isRecord(raw.customer)) faults.push({ kind: 'customer-unreadable' });
  const saved = isRecord(raw.customer) ? raw.customer : {};
  const customer: CustomerDetails = emptyCustomer();
  for (const field of CUSTOMER_FIELDS) {
    if (field === 'sector') continue;
    customer[field] = readText(field, saved[field], CUSTOMER_TEXT_MAX_LENGTH, faults);
  }
  if (saved.sector === 'public' || saved.sector === 'private') customer.sector = saved.sector;
  else if (saved.sector !== undefined && saved.sector !== '') faults.push({ kind: 'sector-unreadable' });
  const notes = readText('notes', raw.notes, NOTES_MAX_LENGTH, faults);
  if (raw.salesMode !== undefined && typeof raw.salesMode !== 'boolean') faults.push({ kind: 'sales-mode-unreadable' });
  return { details: { customer, notes, salesMode: raw.salesMode === true }, faults };
}
