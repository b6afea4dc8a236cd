import { otherMemberStateVat, vatWithoutSiren } from './company-vat';
import { CUSTOMER_FIELDS, type CustomerDetails } from './customer';
import { customerSchema } from './customer-schema';
import { blankDetail } from './hidden-characters';
import type { PrintedCustomerField, RequiredCustomerField } from './devis-types';

/**
 * Customer details a devis cannot be sent without, in the order the devis and the Documents panel name them. The SIREN or
 * SIRET only of a French company: one identified by a valid VAT number of another member state or of Monaco needs none (see below).
 */
export const REQUIRED_CUSTOMER_FIELDS: readonly RequiredCustomerField[] = ['company', 'siret', 'contactName', 'email', 'address'];

/** Every customer detail the devis prints (the sector is not), in the customer form's order. */
export const PRINTED_CUSTOMER_FIELDS: readonly PrintedCustomerField[] = CUSTOMER_FIELDS.filter((f): f is PrintedCustomerField => f !== 'sector');

/**
 * Whether the devis needs the customer's SIREN or SIRET: always, unless the VAT number is a valid one of another member
 * state or of Monaco, which then identifies the company (an empty, refused or French VAT number leaves the SIREN required).
 */
export const companyIdRequired = (customer: Pick<CustomerDetails, 'vatNumber'>): boolean => vatWithoutSiren(customer.vatNumber) === null;

/** The required details left empty (blank counts as empty): the devis is still produced, marked « À compléter ». */
export const missingCustomerFields = (customer: CustomerDetails): RequiredCustomerField[] =>
  REQUIRED_CUSTOMER_FIELDS.filter((f) => blankDetail(customer[f]) && (f !== 'siret' || companyIdRequired(customer)));

/**
 * The printed details filled in but refused by the customer form's own schema (a SIREN with a wrong key, « bad@ »,
 * a reference over 40 characters): the devis never prints them as legal mentions, it asks for them like missing ones.
 */
export function invalidCustomerFields(customer: CustomerDetails): PrintedCustomerField[] {
  const parsed = customerSchema.safeParse(customer);
  if (parsed.success) return [];
  const refused = new Set(parsed.error.issues.map((issue) => issue.path[0]));
  return PRINTED_CUSTOMER_FIELDS.filter((f) => refused.has(f) && !blankDetail(customer[f]));
}

/** The customer block of a devis: what it prints, and what it asks to fill in or correct before sending. */
export interface DevisCustomer {
  /** The details as typed, a refused or blank value left out exactly as an empty one is. */
  printed: CustomerDetails;
  missing: RequiredCustomerField[];
  invalid: PrintedCustomerField[];
  /** Missing and invalid together, in the form's order: what « À compléter » names. */
  toComplete: PrintedCustomerField[];
  /**
   * The printed VAT number when it is one of another member state (« BE0403170701 »), else null: French VAT is then
   * normally self-assessed by the customer (reverse charge), though the devis applies the catalog's rate as the spec says.
   */
  otherMemberStateVat: string | null;
}

export function devisCustomer(customer: CustomerDetails): DevisCustomer {
  const missing = missingCustomerFields(customer);
  const invalid = invalidCustomerFields(customer);
  const printed = { ...customer };
  // A blank detail (characters drawn as nothing), required or not, is printed as the empty one it stands for.
  for (const f of PRINTED_CUSTOMER_FIELDS) if (invalid.includes(f) || blankDetail(printed[f])) printed[f] = '';
  const named = new Set<PrintedCustomerField>([...missing, ...invalid]);
  const toComplete = PRINTED_CUSTOMER_FIELDS.filter((f) => named.has(f));
  return { printed, missing, invalid, toComplete, otherMemberStateVat: otherMemberStateVat(printed.vatNumber)?.normalised ?? null };
}
