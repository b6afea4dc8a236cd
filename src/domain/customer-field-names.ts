import type { PrintedCustomerField } from './devis-types';
import type { Language } from './language';

/**
 * The customer details as a sentence names them (« À compléter : SIREN ou SIRET, e-mail », « Coordonnées du client
 * non valides : téléphone »): one list for the Documents panel, the devis and the saved draft's notices.
 */
export const CUSTOMER_FIELD_NAMES: Record<Language, Record<PrintedCustomerField, string>> = {
  fr: {
    company: 'raison sociale', siret: 'SIREN ou SIRET', vatNumber: 'n° de TVA intracommunautaire', contactName: 'nom du contact',
    email: 'e-mail', phone: 'téléphone', address: 'adresse', reference: 'référence client',
  },
  en: {
    company: 'company name', siret: 'SIREN or SIRET', vatNumber: 'EU VAT number', contactName: 'contact name',
    email: 'email', phone: 'phone', address: 'address', reference: 'customer reference',
  },
};

/**
 * A field's name quoted as a title in a notice, capitalised as its form label is (“Contact name” beside “SIREN or
 * SIRET”, never “contact name”); the lists above stay in running text (« À compléter : SIREN ou SIRET, e-mail »).
 */
export const asFieldTitle = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);

/** « SIREN ou SIRET, e-mail »: the fields named one after the other, in the order given. */
export const nameCustomerFields = (fields: readonly PrintedCustomerField[], lang: Language): string =>
  fields.map((field) => CUSTOMER_FIELD_NAMES[lang][field]).join(', ');
