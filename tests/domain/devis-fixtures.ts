import type { Catalog } from '../../src/domain/catalog-schema';
import type { Configuration } from '../../src/domain/configuration';
import type { CustomerDetails } from '../../src/domain/customer';
import { buildDevis } from '../../src/domain/devis';
import type { Devis } from '../../src/domain/devis-types';
import type { Language } from '../../src/domain/language';
import { computeQuote } from '../../src/domain/quote';
import type { Quote } from '../../src/domain/quote-types';
import { defaultCatalog } from '../fixtures/catalogs';
import { A_CUSTOMER, LARGEST_BUNDLE } from './share-bundles';

/** The share tests' customer with its SIREN's VAT key (their FR21… is refused by the customer form, so a devis would leave it out). */
export const DEVIS_CUSTOMER: CustomerDetails = { ...A_CUSTOMER, vatNumber: 'FR03200046977' };

export const ISSUED_ON = '2026-11-28';
export const SHARE_LINK = 'https://configurateur.collabnext.fr/#1HgFDGsAEJBl';

export function quoteOf(catalog: Catalog, configuration: Configuration): Quote {
  const quote = computeQuote(catalog, configuration);
  if (!quote.ok) throw new Error(quote.error);
  return quote.value;
}

/** The devis of a bundle of the default catalog (the largest sensible one unless told), for a known customer. */
export function aDevis(options: { lang?: Language; configuration?: Configuration; customer?: CustomerDetails; valid?: boolean; issuedOn?: string } = {}): Devis {
  const catalog = defaultCatalog();
  const configuration = options.configuration ?? LARGEST_BUNDLE;
  return buildDevis({
    catalog, configuration, quote: quoteOf(catalog, configuration), customer: options.customer ?? DEVIS_CUSTOMER,
    lang: options.lang ?? 'fr', issuedOn: options.issuedOn ?? ISSUED_ON, shareLink: SHARE_LINK, valid: options.valid ?? true,
  });
}
