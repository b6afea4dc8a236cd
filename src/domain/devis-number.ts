import type { Configuration } from './configuration';
import type { CustomerDetails } from './customer';

/** Who the devis is for, as it prints them: a value the customer form refuses is already left out (devisCustomer). */
export type DevisCustomerIdentity = Pick<CustomerDetails, 'company' | 'siret' | 'vatNumber'>;

/**
 * The configuration as canonical JSON: fixed key order, items sorted by module and
 * demanded qualifications sorted, so the same bundle built in any order reads the same.
 */
export function canonicalConfiguration(configuration: Configuration): string {
  const items = [...configuration.items]
    .sort((a, b) => (a.module < b.module ? -1 : a.module > b.module ? 1 : 0))
    .map(({ module, quantity }) => ({ module, quantity }));
  return JSON.stringify({
    catalog: configuration.catalog,
    items,
    termMonths: configuration.termMonths,
    requirements: [...configuration.requirements].sort(),
    salesDiscountBp: configuration.salesDiscountBp,
  });
}

/**
 * The identity as canonical JSON, or '' when there is none: spaces around and repeated in the name do not count, nor
 * the spaces, dots and hyphens of the numbers, nor their letters' case (`732 829 320` is `732829320`).
 */
export function canonicalIdentity(customer: DevisCustomerIdentity): string {
  const company = customer.company.replace(/\s+/g, ' ').trim();
  const [siret, vatNumber] = [customer.siret, customer.vatNumber].map((id) => id.replace(/[\s.-]+/g, '').toUpperCase());
  return company === '' && siret === '' && vatNumber === '' ? '' : JSON.stringify({ company, siret, vatNumber });
}

/** FNV-1a over the UTF-16 code units, 32 bits: short, fast, and stable across engines. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/**
 * The devis number: `CN-<issue date YYYYMMDD>-<8 hex digits>`, the hash of the catalog revision, the canonical
 * configuration and the customer's identity. The same bundle quoted twice the same day on the same revision for the
 * same customer gets the same number; a change of quantity, term, discount, day or customer does not. Without any
 * identity the hash is the one numbers had before it counted, so those stay as they were.
 */
export function devisNumber(configuration: Configuration, issuedOn: string, catalogRevision: string, customer: DevisCustomerIdentity): string {
  const identity = canonicalIdentity(customer);
  const hash = fnv1a(`${catalogRevision}\n${canonicalConfiguration(configuration)}${identity === '' ? '' : `\n${identity}`}`);
  return `CN-${issuedOn.replaceAll('-', '')}-${hash.toString(16).toUpperCase().padStart(8, '0')}`;
}

/**
 * The number of the configuration alone, as a devis without a customer gets it: names what carries no customer
 * detail (the JSON export), so that the name says nothing of who the customer is.
 */
export function configurationNumber(configuration: Configuration, issuedOn: string, catalogRevision: string): string {
  return devisNumber(configuration, issuedOn, catalogRevision, { company: '', siret: '', vatNumber: '' });
}
