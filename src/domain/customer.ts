/** The buyer's details on a quote; every field is free text until validated by the customer form schema. */
export interface CustomerDetails {
  company: string;
  /** SIREN (9 digits) or SIRET (14 digits). */
  siret: string;
  /** Intra-EU VAT number, e.g. FR68900000001. */
  vatNumber: string;
  contactName: string;
  email: string;
  phone: string;
  address: string;
  sector: 'public' | 'private' | '';
  reference: string;
}

export const CUSTOMER_FIELDS = ['company', 'siret', 'vatNumber', 'contactName', 'email', 'phone', 'address', 'sector', 'reference'] as const satisfies readonly (keyof CustomerDetails)[];

/** Whether any detail is filled in. */
export const hasCustomerDetails = (customer: CustomerDetails): boolean => CUSTOMER_FIELDS.some((field) => customer[field] !== '');

/** The same details, field by field. */
export const sameCustomerDetails = (a: CustomerDetails, b: CustomerDetails): boolean => CUSTOMER_FIELDS.every((field) => a[field] === b[field]);

export const emptyCustomer = (): CustomerDetails => ({
  company: '', siret: '', vatNumber: '', contactName: '', email: '', phone: '', address: '', sector: '', reference: '',
});
