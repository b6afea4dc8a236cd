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

/** « SIREN ou SIRET, e-mail »: the fields named one after the other, in the order given. */
export const nameCustomerFields = (fields: readonly PrintedCustomerField[], lang: Language): string =>
  fields.map((field) => CUSTOMER_FIELD_NAMES[lang][field]).join(', ');
