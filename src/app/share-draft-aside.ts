import type { Configuration } from '../domain/configuration';
import { hasCustomerDetails, sameCustomerDetails, type CustomerDetails } from '../domain/customer';
import type { ConfiguratorState } from '../store/configurator-store';
import { DRAFT_KEY, draftTextOf, keepAside, rememberDraft, storage } from './draft-storage';

/** Same choices, whatever catalog revision each names. */
export function sameChoices(a: Configuration, b: Configuration): boolean {
  const choices = ({ items, termMonths, requirements, salesDiscountBp }: Configuration) => JSON.stringify([items, termMonths, requirements, salesDiscountBp]);
  return choices(a) === choices(b);
}

/** Whether opening a link would replace work the buyer had: a different non-empty configuration, or other customer details. */
export function linkReplacesWork(
  draft: { configuration: Configuration; customer: CustomerDetails },
  linked: Configuration,
  customer: CustomerDetails | null,
): boolean {
  const otherConfiguration = draft.configuration.items.length > 0 && !sameChoices(draft.configuration, linked);
  const otherCustomer = customer !== null && hasCustomerDetails(draft.customer) && !sameCustomerDetails(draft.customer, customer);
  return otherConfiguration || otherCustomer;
}

/**
 * Keeps the draft a link replaces aside (`back`: the link's configuration, which the Back button leaves), as saved
 * (byte for byte), else as on screen (storage disabled); returns its text, for the notice's way back, and whether it
 * is aside. When the browser refuses (storage full or disabled), this tab forgets it read the saved draft, so its next
 * save keeps it aside before writing, or writes nothing: the saved draft stays as it was.
 */
export function keepDraftAside(before: ConfiguratorState, why: 'link' | 'back' = 'link'): { text: string; keptAside: boolean } {
  const text = storage()?.getItem(DRAFT_KEY) ?? draftTextOf(before);
  const keptAside = keepAside(text, why) !== null;
  if (!keptAside) rememberDraft(null);
  return { text, keptAside };
}
