import { describe, expect, it } from 'vitest';
import { emptyCustomer, type CustomerDetails } from '../../src/domain/customer';
import { cleanCustomer, customerLinkLosses, MAX_TEXT_BYTES } from '../../src/domain/share-text';

const customer = (details: Partial<CustomerDetails>): CustomerDetails => ({ ...emptyCustomer(), ...details });
const bytes = (text: string) => new TextEncoder().encode(text).length;

describe('customerLinkLosses: what a link does not carry whole', () => {
  it.each<[string, Partial<CustomerDetails>, { cut: string[]; stripped: string[] }]>([
    ['details that fit', { company: 'Métropole de Lyon', address: '20 rue du Lac\n69003 Lyon' }, { cut: [], stripped: [] }],
    ['a text of exactly 400 bytes', { address: 'a'.repeat(MAX_TEXT_BYTES) }, { cut: [], stripped: [] }],
    ['a text of 401 bytes', { address: 'a'.repeat(MAX_TEXT_BYTES + 1) }, { cut: ['address'], stripped: [] }],
    ['400 bytes but a 2-byte letter across the bound', { company: `${'a'.repeat(MAX_TEXT_BYTES - 1)}é` }, { cut: ['company'], stripped: [] }],
    ['a bidirectional override', { company: 'Acme \u202Eteg.gnitsoh\u202C SAS' }, { cut: [], stripped: ['company'] }],
    ['a control character', { contactName: 'Jeanne\u0007 Martin' }, { cut: [], stripped: ['contactName'] }],
    ['a tab and a Windows line break, which become a space and a line break', { address: '20\true du Lac\r\n69003 Lyon' }, { cut: [], stripped: [] }],
    ['several, in form order', { reference: 'x'.repeat(500), address: 'é'.repeat(300), company: 'A\u2066B' }, { cut: ['address', 'reference'], stripped: ['company'] }],
  ])('%s', (_, details, losses) => {
    expect(customerLinkLosses(customer(details))).toEqual(losses);
  });

  it('names exactly the texts cleanCustomer changes beyond spacing', () => {
    const details = customer({ company: 'A\u202EB', address: 'é'.repeat(300), email: 'jeanne@example.fr' });
    const clean = cleanCustomer(details);
    expect(bytes(clean.address)).toBe(400);
    expect(clean.company).toBe('AB');
    expect(clean.email).toBe(details.email);
    expect(customerLinkLosses(details)).toEqual({ cut: ['address'], stripped: ['company'] });
  });
});
