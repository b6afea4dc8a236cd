import { describe, expect, it } from 'vitest';
import type { Configuration } from '../../src/domain/configuration';
import { addDays, calendarDateOf, readCalendarDate } from '../../src/domain/devis-dates';
import { emptyCustomer, type CustomerDetails } from '../../src/domain/customer';
import { canonicalConfiguration, canonicalIdentity, devisNumber } from '../../src/domain/devis-number';
import { encodeShareCode, decodeShareCode } from '../../src/domain/share-code';
import { aDevis, DEVIS_CUSTOMER } from './devis-fixtures';
import { LARGEST_BUNDLE } from './share-bundles';

/** A devis for no one in particular: no company name, SIREN/SIRET or VAT number. */
const NO_ONE = { company: '', siret: '', vatNumber: '' };

const small: Configuration = { catalog: '2026-11', items: [{ module: 'outscale-vm', quantity: 4 }, { module: 'alinto-mail-essential', quantity: 25 }], termMonths: 12, requirements: ['iso27001', 'hds'], salesDiscountBp: 0 };

describe('the devis number', () => {
  it('reads CN-<issue day>-<8 hex digits of the canonical configuration and revision>', () => {
    expect(devisNumber(LARGEST_BUNDLE, '2026-11-28', '2026-11', NO_ONE)).toBe('CN-20261128-FC918747');
    expect(devisNumber(small, '2026-11-28', '2026-11', NO_ONE)).toMatch(/^CN-20261128-[0-9A-F]{8}$/);
  });

  it('is the same for the same bundle quoted twice the same day, whatever order it was built in', () => {
    const reordered: Configuration = { ...small, items: [...small.items].reverse(), requirements: [...small.requirements].reverse() };
    expect(devisNumber(reordered, '2026-11-28', '2026-11', NO_ONE)).toBe(devisNumber(small, '2026-11-28', '2026-11', NO_ONE));
    expect(devisNumber(structuredClone(small), '2026-11-28', '2026-11', NO_ONE)).toBe(devisNumber(small, '2026-11-28', '2026-11', NO_ONE));
  });

  it.each<[string, Configuration, string, string]>([
    ['another day', small, '2026-11-29', '2026-11'],
    ['another catalog revision', small, '2026-11-28', '2026-12'],
    ['another quantity', { ...small, items: [{ module: 'outscale-vm', quantity: 5 }, small.items[1]!] }, '2026-11-28', '2026-11'],
    ['another term', { ...small, termMonths: 36 }, '2026-11-28', '2026-11'],
    ['another sales discount', { ...small, salesDiscountBp: 100 }, '2026-11-28', '2026-11'],
    ['one qualification fewer', { ...small, requirements: ['hds'] }, '2026-11-28', '2026-11'],
  ])('changes with %s', (_, configuration, day, revision) => {
    const number = devisNumber(configuration, day, revision, NO_ONE);
    expect(number).not.toBe(devisNumber(small, '2026-11-28', '2026-11', NO_ONE));
    expect(number.slice(3, 11)).toBe(day.replaceAll('-', ''));
  });

  it('hashes a canonical JSON with fixed key order, items sorted by module, qualifications sorted', () => {
    expect(canonicalConfiguration(small)).toBe(
      '{"catalog":"2026-11","items":[{"module":"alinto-mail-essential","quantity":25},{"module":"outscale-vm","quantity":4}],"termMonths":12,"requirements":["hds","iso27001"],"salesDiscountBp":0}',
    );
  });
});

describe('the devis number, for a customer', () => {
  const brussels = { company: 'Brussels Logistics SRL', siret: '', vatNumber: 'BE0403170701' };
  const number = (customer: typeof NO_ONE) => devisNumber(small, '2026-11-28', '2026-11', customer);

  it('is the same for the same devis produced twice, whatever the spaces and case of its numbers', () => {
    expect(number(brussels)).toBe(number({ ...brussels }));
    expect(number({ company: '  Brussels   Logistics SRL ', siret: '', vatNumber: 'be 0403.170.701' })).toBe(number(brussels));
    expect(number({ company: 'Métropole de Lyon', siret: '200 046 977', vatNumber: '' })).toBe(number({ company: 'Métropole de Lyon', siret: '200046977', vatNumber: '' }));
  });

  it.each([
    ['another company name', { ...brussels, company: 'Antwerp Logistics SRL' }],
    ['another VAT number', { ...brussels, vatNumber: 'BE0417497106' }],
    ['a SIREN added', { ...brussels, siret: '200046977' }],
    ['no one', NO_ONE],
  ])('differs for %s, the same bundle the same day', (_, customer) => {
    expect(number(customer)).not.toBe(number(brussels));
  });

  it('does not mix the fields up: the same text in another field is another customer', () => {
    expect(number({ company: 'BE0403170701', siret: '', vatNumber: '' })).not.toBe(number({ company: '', siret: '', vatNumber: 'BE0403170701' }));
  });

  it('without any identity, is the number a devis had before the customer counted', () => {
    expect(canonicalIdentity(NO_ONE)).toBe('');
    expect(canonicalIdentity({ company: ' ', siret: ' ', vatNumber: '' })).toBe('');
    expect(canonicalIdentity(brussels)).toBe('{"company":"Brussels Logistics SRL","siret":"","vatNumber":"BE0403170701"}');
  });
});

describe('the devis number, on the devis', () => {
  it('two customers get two numbers for the same bundle the same day', () => {
    const other: CustomerDetails = { ...DEVIS_CUSTOMER, company: 'Brussels Logistics SRL', siret: '', vatNumber: 'BE0403170701' };
    expect(aDevis({ customer: other }).number).not.toBe(aDevis().number);
    expect(aDevis({ customer: other }).number).toBe(aDevis({ customer: { ...other } }).number);
  });

  it('counts the customer as printed: a refused SIREN or VAT number is left out, contact, address and language do not count', () => {
    expect(aDevis({ customer: { ...DEVIS_CUSTOMER, siret: '123456789' } }).number).toBe(aDevis({ customer: { ...DEVIS_CUSTOMER, siret: '' } }).number);
    expect(aDevis({ customer: { ...DEVIS_CUSTOMER, contactName: 'Someone Else', address: 'Elsewhere', phone: '' } }).number).toBe(aDevis().number);
    expect(aDevis({ lang: 'en' }).number).toBe(aDevis().number);
    expect(aDevis({ customer: emptyCustomer() }).number).toBe(devisNumber(LARGEST_BUNDLE, '2026-11-28', '2026-11', NO_ONE));
  });

  it('does not depend on the order of the edits: bundle built and details typed in another order, a detail changed and changed back', () => {
    let typed: CustomerDetails = emptyCustomer();
    for (const field of ['vatNumber', 'address', 'company', 'email', 'contactName', 'siret', 'phone', 'sector', 'reference'] as const) {
      typed = { ...typed, [field]: DEVIS_CUSTOMER[field] };
    }
    typed = { ...typed, company: 'Autre SA' };
    typed = { ...typed, company: DEVIS_CUSTOMER.company };
    const reordered = { ...LARGEST_BUNDLE, items: [...LARGEST_BUNDLE.items].reverse(), requirements: [...LARGEST_BUNDLE.requirements].reverse() };
    expect(aDevis({ configuration: reordered, customer: typed }).number).toBe(aDevis().number);
  });

  it('is the sender’s on a link opened with the customer details', () => {
    const sent = decodeShareCode(encodeShareCode(LARGEST_BUNDLE, { customer: { ...DEVIS_CUSTOMER, company: 'Acme\tSA ' } }));
    if (!sent.ok || sent.value.customer === null) throw new Error('the link does not decode');
    expect(sent.value.customer.company).toBe('Acme SA ');
    expect(aDevis({ customer: sent.value.customer }).number).toBe(aDevis({ customer: { ...DEVIS_CUSTOMER, company: 'Acme\tSA ' } }).number);
  });
});

describe('devis dates', () => {
  it.each([
    ['2026-11-28', 30, '2026-12-28'],
    ['2026-12-15', 30, '2027-01-14'],
    ['2028-02-15', 30, '2028-03-16'],
    ['2027-02-15', 30, '2027-03-17'],
    ['2026-03-20', 15, '2026-04-04'],
  ])('%s plus %i days is %s', (from, days, expected) => {
    expect(addDays(from, days)).toBe(expected);
  });

  it('takes the issue day from the local calendar', () => {
    expect(calendarDateOf(new Date(2026, 10, 28, 23, 59))).toBe('2026-11-28');
    expect(calendarDateOf(new Date(2026, 0, 5, 0, 1))).toBe('2026-01-05');
  });

  it.each(['2026-11-31', '2026-02-29', '28/11/2026', '2026-1-5', ''])('refuses %j as a date', (text) => {
    expect(readCalendarDate(text).ok).toBe(false);
  });

  it('accepts a real day', () => {
    expect(readCalendarDate('2028-02-29')).toEqual({ ok: true, value: '2028-02-29' });
  });
});
