import { buildDevis } from '../domain/devis';
import type { CalendarDate } from '../domain/devis-dates';
import type { Devis } from '../domain/devis-types';
import { fail, ok, type Result } from '../domain/result';
import { encodeShareCode } from '../domain/share-code';
import { shareUrl } from '../domain/share-link';
import type { Quote } from '../domain/quote-types';
import type { ConfiguratorState } from '../store/configurator-store';

/**
 * What a devis is made of: the store's facts, and the quote and rule check the caller already
 * derived (so the lazily loaded document code does not pull the derivation caches with it).
 */
export type DevisFacts = Pick<ConfiguratorState, 'catalog' | 'configuration' | 'customer' | 'lang'> & { quote: Result<Quote>; valid: boolean };

/** Why no devis can be made: nothing chosen yet, or a quote that cannot be computed. */
export type DevisProblem = 'empty' | 'unavailable';

/** The link printed on the devis: this page with the configuration's code, never the customer's details. */
function configurationLink(facts: DevisFacts, pageUrl: string): string {
  try {
    return shareUrl(pageUrl, encodeShareCode(facts.configuration));
  } catch {
    return pageUrl;
  }
}

/** The devis of the facts on a given day. */
export function devisOf(facts: DevisFacts, issuedOn: CalendarDate, pageUrl: string): Result<Devis, DevisProblem> {
  if (facts.configuration.items.length === 0) return fail('empty');
  const { quote } = facts;
  if (!quote.ok) return fail('unavailable');
  return ok(buildDevis({
    catalog: facts.catalog, configuration: facts.configuration, quote: quote.value, customer: facts.customer, lang: facts.lang,
    issuedOn, shareLink: configurationLink(facts, pageUrl), valid: facts.valid,
  }));
}
