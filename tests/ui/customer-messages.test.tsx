import { describe, expect, it } from 'vitest';
import { CUSTOMER_ERROR_KEYS, encodeMessage } from '../../src/domain/customer-message';
import { customerMessages, formatMessage } from '../../src/ui/customer-messages';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('customer messages', () => {
  it('put the parameters of a message key into its sentence', () => {
    const message = encodeMessage('customer.vat.frKey', { siren: '900000001', expected: 'FR68900000001' });
    expect(formatMessage('fr', message)).toBe('La clé de TVA ne correspond pas au SIREN 900\u00A0000\u00A0001\u00A0: attendu FR68900000001.');
    expect(formatMessage('en', message)).toBe('The VAT key does not match SIREN 900\u00A0000\u00A0001: expected FR68900000001.');
  });

  it('write a count of thousands as the language does (QA: « La référence compte 2000 caractères »)', () => {
    const message = encodeMessage('customer.reference.tooLong', { max: 40, count: 2000 });
    expect(formatMessage('fr', message)).toBe('La référence compte 2\u202F000 caractères\u202F; raccourcissez-la à 40 au plus.');
    expect(formatMessage('en', message)).toBe('The reference has 2,000 characters; shorten it to 40 at most.');
  });

  it('say a bare key without parameters', () => {
    expect(formatMessage('fr', 'customer.company.required')).toBe('Indiquez la raison sociale du client.');
  });

  it('read an unknown message, such as a zod default, as a generic "not valid"', () => {
    expect(formatMessage('fr', 'Invalid input: expected string')).toBe('Cette valeur n’est pas valide\u00A0: vérifiez-la.');
    expect(formatMessage('en', 'toString')).toBe('This value is not valid: please check it.');
  });

  it.each(CUSTOMER_ERROR_KEYS)('%s takes the same parameters in French and English', (key) => {
    expect(customerMessages.fr[key]).not.toBe('');
    expect(placeholders(customerMessages.en[key])).toEqual(placeholders(customerMessages.fr[key]));
  });
});
