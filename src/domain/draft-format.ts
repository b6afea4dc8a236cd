import type { Configuration } from './configuration';
import type { CustomerDetails } from './customer';
import type { Explanation } from './engine/explanation';

/** What the browser keeps between visits: the bundle, the customer details, the sales notes. */
export interface Draft {
  configuration: Configuration;
  /** Modules the configurator added on its own, with why. */
  addedAutomatically: Record<string, Explanation>;
  customer: CustomerDetails;
  notes: string;
  salesMode: boolean;
}

export const DRAFT_FORMAT = 'collabnext-draft/1';

/** Writing needs no validation library; reading (`restoreDraft`) does, and loads it only then. */
export function serialiseDraft(draft: Draft): string {
  return JSON.stringify({ format: DRAFT_FORMAT, ...draft });
}
