import type { Configuration } from '../domain/configuration';
import { CUSTOMER_FIELDS, type CustomerDetails } from '../domain/customer';
import { DRAFT_KEY, storage } from './draft-storage';

/** Where the draft a link replaced is kept, so opening a link never silently destroys work in progress. */
export const BEFORE_LINK_KEY = 'collabnext.draft.before-link';

/** Same choices, whatever catalog revision each names. */
export function sameChoices(a: Configuration, b: Configuration): boolean {
  const choices = ({ items, termMonths, requirements, salesDiscountBp }: Configuration) => JSON.stringify([items, termMonths, requirements, salesDiscountBp]);
  return choices(a) === choices(b);
}

const hasDetails = (customer: CustomerDetails) => CUSTOMER_FIELDS.some((field) => customer[field] !== '');
const sameDetails = (a: CustomerDetails, b: CustomerDetails) => CUSTOMER_FIELDS.every((field) => a[field] === b[field]);

/** Whether opening a link would replace work the buyer had: a different non-empty configuration, or other customer details. */
export function linkReplacesWork(
  draft: { configuration: Configuration; customer: CustomerDetails },
  linked: Configuration,
  customer: CustomerDetails | null,
): boolean {
  const otherConfiguration = draft.configuration.items.length > 0 && !sameChoices(draft.configuration, linked);
  const otherCustomer = customer !== null && hasDetails(draft.customer) && !sameDetails(draft.customer, customer);
  return otherConfiguration || otherCustomer;
}

/** Copies the saved draft aside (as saved, byte for byte); returns its text, undefined when there was none. */
export function keepDraftBeforeLink(): string | undefined {
  try {
    const text = storage()?.getItem(DRAFT_KEY);
    if (text) storage()?.setItem(BEFORE_LINK_KEY, text);
    return text ?? undefined;
  } catch {
    return undefined;
  }
}

/** Makes a draft kept aside the saved draft again. */
export function putDraftBack(text: string | undefined): void {
  try {
    if (text) storage()?.setItem(DRAFT_KEY, text);
  } catch {
    // Storage refused: the draft is still in the page, and still under BEFORE_LINK_KEY.
  }
}
