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

/** « collabnext-draft/2 » and later: a draft format this version does not know yet, rather than no draft at all. */
export function isNewerFormat(format: unknown): boolean {
  const version = typeof format === 'string' ? /^collabnext-draft\/([1-9]\d{0,8})$/.exec(format)?.[1] : undefined;
  return version !== undefined && Number(version) > Number(DRAFT_FORMAT.slice(DRAFT_FORMAT.indexOf('/') + 1));
}

/** Writing needs no validation library; reading (`restoreDraft`) does, and loads it only then. */
export function serialiseDraft(draft: Draft): string {
  return JSON.stringify({ format: DRAFT_FORMAT, ...draft });
}
