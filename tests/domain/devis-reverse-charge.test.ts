import { describe, expect, it } from 'vitest';
import type { CustomerDetails } from '../../src/domain/customer';
import { devisCustomer } from '../../src/domain/devis-customer';
import { aDevis, DEVIS_CUSTOMER } from './devis-fixtures';

const BRUSSELS: CustomerDetails = { ...DEVIS_CUSTOMER, company: 'Brussels Logistics SRL', siret: '', vatNumber: 'be 0403.170.701' };

describe('a customer of another member state, for VAT', () => {
  it.each<[string, CustomerDetails, string | null]>([
    ['a Belgian VAT number, as printed', BRUSSELS, 'BE0403170701'],
    ['a German one', { ...BRUSSELS, vatNumber: 'DE136695976' }, 'DE136695976'],
    ['a French one', DEVIS_CUSTOMER, null],
    ['none', { ...DEVIS_CUSTOMER, vatNumber: '' }, null],
    ['one the form refuses', { ...BRUSSELS, vatNumber: 'BE040317070' }, null],
  ])('is told by %s', (_, customer, vat) => {
    expect(devisCustomer(customer).otherMemberStateVat).toBe(vat);
  });

  it('changes no amount: the devis applies the catalog’s VAT rate as the spec requires, to the cent', () => {
    const french = aDevis();
    const belgian = aDevis({ customer: BRUSSELS });
    expect(belgian.vatRateBp).toBe(2000);
    expect({ monthly: belgian.monthly, setup: belgian.setup, firstYear: belgian.firstYearNet, contract: belgian.contractNet }).toEqual({
      monthly: french.monthly, setup: french.setup, firstYear: french.firstYearNet, contract: french.contractNet,
    });
    expect(belgian.monthly.vat).toBe(Math.round((belgian.monthly.net * 2000) / 10000));
    expect(belgian.monthly.vat).toBeGreaterThan(0);
  });
});
