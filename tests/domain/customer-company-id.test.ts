import { describe, expect, it } from 'vitest';
import { otherMemberStateVat, vatWithoutSiren } from '../../src/domain/company-vat';
import type { CustomerDetails } from '../../src/domain/customer';
import { customerSchema } from '../../src/domain/customer-schema';
import { companyIdRequired, devisCustomer } from '../../src/domain/devis-customer';
import { aDevis } from './devis-fixtures';

/** What QA typed for a Belgian customer: every detail but the SIREN, which a Belgian company does not have. */
const BRUSSELS: CustomerDetails = {
  company: 'Brussels Logistics SRL', siret: '', vatNumber: 'BE0403170701', contactName: 'Anna Peeters', email: 'anna.peeters@example.be',
  phone: '+32 2 123 45 67', address: 'Rue de la Loi 16\n1000 Bruxelles', sector: 'private', reference: '',
};

const issues = (customer: CustomerDetails) => {
  const parsed = customerSchema.safeParse(customer);
  return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
};

describe('a VAT number of another member state', () => {
  it.each([
    ['BE0403170701', 'BE0403170701'],
    ['be 0403.170.701', 'BE0403170701'],
    ['DE136695976', 'DE136695976'],
    ['ATU12345678', 'ATU12345678'],
  ])('%j is one, written %j', (raw, normalised) => {
    expect(otherMemberStateVat(raw)?.normalised).toBe(normalised);
  });

  it.each(['', 'FR44732829320', 'BE040317070', 'DE13669597', 'US123456789', 'GR123456789', 'BE0403170701\u200B'])(
    '%j is not (empty, French, malformed, not an EU prefix, or with an invisible character)',
    (raw) => {
      expect(otherMemberStateVat(raw)).toBeNull();
    },
  );
});

describe('a Monegasque VAT number', () => {
  const MONACO: CustomerDetails = { ...BRUSSELS, company: 'Riviera Data SAM', vatNumber: 'FR53000004605', address: '7 avenue de Grande-Bretagne\n98000 Monaco' };

  it('identifies a company that has no SIREN: the form accepts it without one and the devis asks for none', () => {
    expect(vatWithoutSiren('FR 53 000 004 605')?.normalised).toBe('FR53000004605');
    expect(issues(MONACO)).toEqual({});
    expect(companyIdRequired(MONACO)).toBe(false);
    expect(aDevis({ customer: MONACO }).customerToComplete).toBeNull();
  });

  it('a wrong key names the Monegasque number as such, not as a SIREN', () => {
    expect(issues({ ...MONACO, vatNumber: 'FR54000004605' }).vatNumber).toMatch(/^customer\.vat\.monacoKey/);
  });

  it('is French VAT, not another member state\'s: no reverse charge', () => {
    expect(otherMemberStateVat('FR53000004605')).toBeNull();
    expect(devisCustomer(MONACO).otherMemberStateVat).toBeNull();
  });

  it('a French VAT number on a SIREN still needs the SIREN', () => {
    expect(vatWithoutSiren('FR44732829320')).toBeNull();
    expect(companyIdRequired({ vatNumber: 'FR44732829320' })).toBe(true);
  });
});

describe('the SIREN or SIRET is required of a French company only', () => {
  it.each([
    ['a Belgian company with its VAT number', BRUSSELS],
    ['a German company with its VAT number', { ...BRUSSELS, company: 'Rhein Software GmbH', vatNumber: 'DE136695976' }],
  ])('%s needs none: the form accepts it and the devis asks for nothing', (_, customer) => {
    expect(issues(customer)).toEqual({});
    expect(companyIdRequired(customer)).toBe(false);
    expect(devisCustomer(customer)).toMatchObject({ missing: [], invalid: [], toComplete: [] });
    expect(aDevis({ customer }).customerToComplete).toBeNull();
  });

  it.each([
    ['no VAT number', ''],
    ['a French VAT number', 'FR44732829320'],
    ['a VAT number the form refuses', 'BE040317070'],
  ])('with %s, it is required as before', (_, vatNumber) => {
    const customer = { ...BRUSSELS, vatNumber };
    expect(issues(customer).siret).toBe('customer.siret.required');
    expect(companyIdRequired(customer)).toBe(true);
    expect(devisCustomer(customer).missing).toEqual(['siret']);
    expect(aDevis({ customer, lang: 'en' }).customerToComplete).toMatch(/^To be completed: SIREN or SIRET/);
  });

  it('a SIREN of separators alone (« - » for « none ») is refused as no digits, not taken for an empty field (review)', () => {
    expect(issues({ ...BRUSSELS, siret: '-' })).toEqual({ siret: 'customer.siren.length?count=0' });
  });

  it('a blank SIREN (spaces only) is an empty one', () => {
    expect(issues({ ...BRUSSELS, siret: '   ' })).toEqual({});
    expect(issues({ ...BRUSSELS, siret: '   ', vatNumber: '' })).toEqual({ siret: 'customer.siret.required' });
  });

  it.each([
    ['0403.170.701', 'customer.siren.length?count=10'], // dots are separators, as in 732.829.320: 10 digits
    ['HRB 12345', 'customer.siret.invalidChar?char=H'],
  ])('a foreign company number typed as a SIREN (%j) is still refused: a SIREN is French, and the devis does not print it', (siret, message) => {
    const customer = { ...BRUSSELS, siret };
    expect(issues(customer)).toEqual({ siret: message });
    expect(devisCustomer(customer)).toMatchObject({ missing: [], invalid: ['siret'], printed: { siret: '', vatNumber: 'BE0403170701' } });
  });

  it('a French company with both numbers is unchanged', () => {
    const customer = { ...BRUSSELS, siret: '732 829 320', vatNumber: 'FR44732829320' };
    expect(issues(customer)).toEqual({});
    expect(devisCustomer(customer).toComplete).toEqual([]);
  });
});
