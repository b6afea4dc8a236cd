import { describe, expect, it } from 'vitest';
import { decodeMessage, encodeMessage } from '../../src/domain/customer-message';

describe('message keys', () => {
  it('carry their parameters and give them back', () => {
    const encoded = encodeMessage('customer.vat.format', { country: 'NL', sample: 'NL123456789B01' });
    expect(encoded).toBe('customer.vat.format?country=NL&sample=NL123456789B01');
    expect(decodeMessage(encoded)).toEqual({ key: 'customer.vat.format', params: { country: 'NL', sample: 'NL123456789B01' } });
  });

  it('survive characters that mean something in a query string', () => {
    expect(decodeMessage(encodeMessage('customer.siret.invalidChar', { char: '&' }))).toEqual({
      key: 'customer.siret.invalidChar',
      params: { char: '&' },
    });
  });

  it('are bare keys when there is no parameter', () => {
    expect(encodeMessage('customer.company.required')).toBe('customer.company.required');
    expect(decodeMessage('customer.company.required')).toEqual({ key: 'customer.company.required', params: {} });
  });
});
