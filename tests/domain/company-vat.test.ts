import { describe, expect, it } from 'vitest';
import { checkVatNumber, EU_VAT_FORMATS, frenchVatKey, frenchVatNumber } from '../../src/domain/company-vat';

describe('the French VAT key', () => {
  it.each([
    // 900000001 = 97 × 9278350 + 51; 12 + 3 × 51 = 165; 165 − 97 = 68
    ['900000001', '68'],
    // 732829320 = 97 × 7554941 + 43; 12 + 3 × 43 = 141; 141 − 97 = 44
    ['732829320', '44'],
    // 542051180 = 97 × 5588156 + 48; 12 + 3 × 48 = 156; 156 − 97 = 59 (TotalEnergies SE: FR59542051180)
    ['542051180', '59'],
    // 356000000 = 97 × 3670103 + 9; 12 + 3 × 9 = 39 (La Poste: FR39356000000)
    ['356000000', '39'],
    // 303265045 = 97 × 3126443 + 74; 12 + 3 × 74 = 234; 234 − 2 × 97 = 40
    ['303265045', '40'],
    // 130025265 = 97 × 1340466 + 63; 12 + 3 × 63 = 201; 201 − 2 × 97 = 7, written on 2 digits
    ['130025265', '07'],
  ])('SIREN %s has key %s', (siren, key) => {
    expect(frenchVatKey(siren)).toBe(key);
    expect(frenchVatNumber(siren)).toBe(`FR${key}${siren}`);
  });
});

describe('French VAT numbers', () => {
  it.each([
    ['FR68900000001', 'FR68900000001'], ['FR44732829320', 'FR44732829320'], ['FR 44 732 829 320', 'FR44732829320'],
    ['fr44.732.829.320', 'FR44732829320'], ['FR39356000000', 'FR39356000000'], ['FRK7399859412', 'FRK7399859412'],
    ['FR4Z123456782', 'FR4Z123456782'], ['FR44\u2011732\u2011829\u2011320', 'FR44732829320'], // non-breaking hyphens, as a word processor writes them
  ])('%j is valid, %s', (raw, normalised) => {
    expect(checkVatNumber(raw)).toEqual({ ok: true, value: { country: 'FR', normalised } });
  });

  it.each([
    ['FR69900000001', { code: 'frKey', siren: '900000001', expected: 'FR68900000001' }],
    ['FR00732829320', { code: 'frKey', siren: '732829320', expected: 'FR44732829320' }],
    ['FRK8399859412', { code: 'frKey', siren: '399859412', expected: frenchVatNumber('399859412') }],
    ['FR44732829321', { code: 'frSiren', siren: '732829321' }],
    ['FR4473282932', { code: 'format', country: 'FR', sample: 'FR12345678901' }],
    ['FRIO334175221', { code: 'format', country: 'FR', sample: 'FR12345678901' }], // I and O are never used in keys
  ])('%s is refused: %j', (raw, error) => {
    expect(checkVatNumber(raw)).toEqual({ ok: false, error });
  });

  it('a Monegasque one is valid: its 9 digits, from the Monaco tax office, begin with 000 and are no SIREN (no Luhn check), its key is the French one', () => {
    // 000004605 = 97 × 47 + 46; 12 + 3 × 46 = 150; 150 − 97 = 53 (python-stdnum's example of mc.tva)
    expect(frenchVatKey('000004605')).toBe('53');
    expect(checkVatNumber('FR 53 0000 04605')).toEqual({ ok: true, value: { country: 'FR', normalised: 'FR53000004605' } });
    expect(checkVatNumber('FR54000004605')).toEqual({ ok: false, error: { code: 'monacoKey', number: '000004605', expected: 'FR53000004605' } });
    // Outside Monaco's 000, the 9 digits must still be a SIREN
    expect(checkVatNumber(`FR${frenchVatKey('100004606')}100004606`)).toEqual({ ok: false, error: { code: 'frSiren', siren: '100004606' } });
  });

  it('must be the VAT number of the SIREN or SIRET given', () => {
    expect(checkVatNumber('FR44732829320', '732829320').ok).toBe(true);
    expect(checkVatNumber('FR68900000001', '732829320')).toEqual({
      ok: false,
      error: { code: 'frOtherCompany', siren: '732829320', expected: 'FR44732829320' },
    });
  });

  it('reports a wrong key before a mismatch with the SIREN given', () => {
    expect(checkVatNumber('FR69900000001', '732829320')).toEqual({
      ok: false,
      error: { code: 'frKey', siren: '900000001', expected: 'FR68900000001' },
    });
  });
});

describe('other EU VAT numbers', () => {
  it.each([
    'ATU12345678', 'BE0123456789', 'BE1234567890', 'BG123456789', 'BG1234567890', 'CY12345678L', 'CZ12345678', 'CZ1234567890',
    'DE123456789', 'DK12345678', 'EE123456789', 'EL123456789', 'ESX1234567R', 'ES12345678Z', 'FI12345678', 'HR12345678901',
    'HU12345678', 'IE1234567T', 'IE1234567FA', 'IE1A23456B', 'IT12345678901', 'LT123456789', 'LT123456789012', 'LU12345678',
    'LV12345678901', 'MT12345678', 'NL123456789B01', 'PL1234567890', 'PT123456789', 'RO12', 'RO1234567890', 'SE123456789001',
    'SI12345678', 'SK1234567890', 'de 123 456 789', 'NL-123456789-B01',
  ])('%s has the shape of its country', (raw) => {
    expect(checkVatNumber(raw).ok).toBe(true);
  });

  it('knows the 27 member states', () => {
    expect(Object.keys(EU_VAT_FORMATS)).toHaveLength(27);
  });

  it.each([
    ['DE12345678', { code: 'format', country: 'DE', sample: 'DE123456789' }],
    ['AT12345678', { code: 'format', country: 'AT', sample: 'ATU12345678' }],
    ['NL123456789', { code: 'format', country: 'NL', sample: 'NL123456789B01' }],
    ['SE123456789012', { code: 'format', country: 'SE', sample: 'SE123456789001' }],
    ['RO0123', { code: 'format', country: 'RO', sample: 'RO1234567' }],
    ['GR123456789', { code: 'greecePrefix' }],
    ['MC53000004605', { code: 'monacoPrefix' }],
    ['GB123456789', { code: 'unknownCountry', country: 'GB' }],
    ['CH123456789', { code: 'unknownCountry', country: 'CH' }],
    ['123456789', { code: 'noCountry' }],
    ['', { code: 'empty' }],
  ])('%s is refused: %j', (raw, error) => {
    expect(checkVatNumber(raw)).toEqual({ ok: false, error });
  });
});
