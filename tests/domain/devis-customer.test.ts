import { describe, expect, it } from 'vitest';
import { emptyCustomer } from '../../src/domain/customer';
import { devisCustomer, invalidCustomerFields } from '../../src/domain/devis-customer';
import { devisCustomerRows } from '../../src/domain/devis-customer-rows';
import { aDevis, DEVIS_CUSTOMER } from './devis-fixtures';

/** What QA typed: five values the customer form refuses (wrong SIREN key, VAT, e-mail, phone, a 60-character reference). */
const MISTYPED = {
  ...DEVIS_CUSTOMER, siret: '123456789', vatNumber: 'FR00123', contactName: 'y', email: 'bad@', phone: '12', reference: 'R'.repeat(60),
};

describe('customer details the customer form refuses, on the devis', () => {
  it('are the fields the form’s schema refuses, filled in, in the form’s order', () => {
    expect(invalidCustomerFields(MISTYPED)).toEqual(['siret', 'vatNumber', 'email', 'phone', 'reference']);
    expect(invalidCustomerFields(DEVIS_CUSTOMER)).toEqual([]);
  });

  it('an empty field is missing, not invalid, and an empty optional one is neither', () => {
    const customer = { ...DEVIS_CUSTOMER, email: '', phone: '', vatNumber: '', reference: '' };
    expect(devisCustomer(customer)).toMatchObject({ missing: ['email'], invalid: [], toComplete: ['email'] });
  });

  it('QA: a required field holding only characters drawn as nothing (zero-width space, word joiner) is missing, and printed empty', () => {
    const customer = { ...DEVIS_CUSTOMER, company: '\u200B', contactName: '\u2060 ', address: '\u200B\n\u3164' };
    expect(devisCustomer(customer)).toMatchObject({
      missing: ['company', 'contactName', 'address'],
      invalid: [],
      printed: { company: '', contactName: '', address: '' },
    });
    // Review: an optional one too (a phone of one zero-width space), rather than a « Téléphone : » row with nothing after it.
    const devis = aDevis({ customer: { ...DEVIS_CUSTOMER, phone: '\u200B' } });
    expect(devis.customer.phone).toBe('');
    expect(devisCustomerRows(devis).map((row) => row.label)).not.toContain('Téléphone');
    expect(devisCustomerRows(aDevis({ customer: DEVIS_CUSTOMER })).map((row) => row.label)).toContain('Téléphone');
  });

  it('a VAT number valid alone but not the SIREN’s is invalid', () => {
    expect(invalidCustomerFields({ ...DEVIS_CUSTOMER, vatNumber: 'FR68900000001' })).toEqual(['vatNumber']);
  });

  it('are never printed: the devis leaves them out like empty ones and names them « À compléter » with the missing ones', () => {
    const devis = aDevis({ customer: { ...MISTYPED, address: '' } });
    expect(devis.customer).toEqual({ ...DEVIS_CUSTOMER, siret: '', vatNumber: '', contactName: 'y', email: '', phone: '', address: '', reference: '' });
    expect(devis.missingCustomerFields).toEqual(['address']);
    expect(devis.invalidCustomerFields).toEqual(['siret', 'vatNumber', 'email', 'phone', 'reference']);
    expect(devis.customerToComplete).toBe(
      'À compléter\u00A0: SIREN ou SIRET, n° de TVA intracommunautaire, e-mail, téléphone, adresse, référence client',
    );
    expect(aDevis({ lang: 'en', customer: MISTYPED }).customerToComplete).toBe(
      'To be completed: SIREN or SIRET, EU VAT number, email, phone, customer reference',
    );
  });

  it('an empty customer is still only missing details', () => {
    expect(devisCustomer(emptyCustomer())).toMatchObject({ invalid: [], toComplete: ['company', 'siret', 'contactName', 'email', 'address'] });
  });
});
