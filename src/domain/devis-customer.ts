import type { CustomerDetails } from './customer';
import type { RequiredCustomerField } from './devis-types';

/** Customer details a devis cannot be sent without, in the order the devis and the Documents panel name them. */
export const REQUIRED_CUSTOMER_FIELDS: readonly RequiredCustomerField[] = ['company', 'siret', 'contactName', 'email', 'address'];

/** The required details left empty (blank counts as empty): the devis is still produced, marked « À compléter ». */
export const missingCustomerFields = (customer: CustomerDetails): RequiredCustomerField[] =>
  REQUIRED_CUSTOMER_FIELDS.filter((f) => customer[f].trim() === '');
