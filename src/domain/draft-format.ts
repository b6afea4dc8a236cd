import type { Configuration } from './configuration';
import type { CustomerDetails } from './customer';

/** What the browser keeps between visits: the bundle, the customer details, the sales notes. */
export interface Draft {
  configuration: Configuration;
  addedAutomatically: Record<string, string>;
  customer: CustomerDetails;
  notes: string;
  salesMode: boolean;
}

export const DRAFT_FORMAT = 'collabnext-draft/1';

/** Writing needs no validation library; reading (`restoreDraft`) does, and loads it only then. */
export function serialiseDraft(draft: Draft): string {
  return JSON.stringify({ format: DRAFT_FORMAT, ...draft });
}
