import { describe, expect, it } from 'vitest';
import type { CustomerDetails } from '../../src/domain/customer';
import { customerSchema } from '../../src/domain/customer-schema';
import { devisCustomerRows } from '../../src/domain/devis-customer-rows';
import { aDevis, DEVIS_CUSTOMER } from './devis-fixtures';

/** The printed values of the SIREN / SIRET and VAT rows of the customer block (undefined when left out), and all values. */
function printed(customer: CustomerDetails, lang: 'fr' | 'en' = 'fr') {
  const devis = aDevis({ customer, lang });
  const rows = devisCustomerRows(devis);
  const value = (label: string) => rows.find((row) => row.label === label)?.value;
  const f = devis.wording.customerFields;
  return { siret: value(f.siret), vatNumber: value(f.vatNumber), all: rows.map((row) => row.value) };
}

describe('the devis customer rows', () => {
  it.each([
    ['spaced SIRET, lower-case spaced VAT', '732 829 320 00074', 'fr 44 732 829 320'],
    ['non-breaking spaces, dots and dashes', '732\u00a0829\u202f320 00074', 'Fr-44.732.829.320'],
    ['already normalised', '73282932000074', 'FR44732829320'],
  ])('prints an accepted SIRET grouped by INSEE with non-breaking spaces and VAT number upper case without separators (%s)', (_name, siret, vatNumber) => {
    const customer = { ...DEVIS_CUSTOMER, siret, vatNumber };
    expect(customerSchema.safeParse(customer).success).toBe(true);
    expect(printed(customer)).toMatchObject({ siret: '732\u00a0829\u00a0320\u00a000074', vatNumber: 'FR44732829320' });
  });

  it('prints a SIREN alone in three groups, and a VAT number of another member state normalised, in English too', () => {
    const customer = { ...DEVIS_CUSTOMER, siret: '732 829 320', vatNumber: 'be 0403.170.701' };
    expect(customerSchema.safeParse(customer).success).toBe(true);
    expect(printed(customer, 'en')).toMatchObject({ siret: '732\u00a0829\u00a0320', vatNumber: 'BE0403170701' });
  });

  it('still leaves a refused VAT number out (it is not normalised into the devis)', () => {
    const { vatNumber, all } = printed({ ...DEVIS_CUSTOMER, siret: '732 829 320 00074', vatNumber: 'fr 69 900 000 001' });
    expect(vatNumber).toBeUndefined();
    expect(all.some((v) => /900\s*000\s*001/.test(v))).toBe(false);
  });
});
