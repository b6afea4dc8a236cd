import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCompanyId, checkSiren, checkSiret, isLuhnValid, LA_POSTE_HEAD_OFFICE, luhnCheckDigit } from '../../src/domain/company-ids';

const digits = (length: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length }).map((ds) => ds.join(''));

describe('SIREN', () => {
  it.each([
    ['732829320', '732829320', 'the example of INSEE'],
    ['542051180', '542051180', 'TotalEnergies SE'],
    ['552081317', '552081317', 'EDF'],
    ['130025265', '130025265', 'DINUM, a public body'],
    ['356000000', '356000000', 'La Poste'],
    ['732 829 320', '732829320', 'grouped by three'],
    [' 732\u00a0829\u00a0320 ', '732829320', 'non-breaking spaces and padding'],
    ['732.829.320', '732829320', 'grouped with dots, as the VAT field takes them'],
    ['732-829-320', '732829320', 'grouped with hyphens'],
    ['732\u2011829\u2011320', '732829320', 'grouped with the non-breaking hyphens a word processor writes (QA: refused with « retirez « ‑ » »)'],
    ['732\u2013829\u2212320', '732829320', 'an en dash and a minus sign'],
  ])('%j is valid SIREN %s (%s)', (raw, siren) => {
    expect(checkSiren(raw)).toEqual({ ok: true, value: { kind: 'siren', siren, digits: siren } });
  });

  it.each([
    ['732829321', { code: 'sirenChecksum', siren: '732829321' }],
    ['732829230', { code: 'sirenChecksum', siren: '732829230' }], // two digits swapped
    ['73282932', { code: 'length', expected: 9, count: 8 }],
    ['7328293200', { code: 'length', expected: 9, count: 10 }],
    ['73282932O', { code: 'invalidChar', char: 'O' }], // the letter O for a zero
    ['7328😀29320', { code: 'invalidChar', char: '😀' }], // the whole emoji, not half a surrogate pair
    // Named as the user sees it (one grapheme), not by its first code point:
    ['🇫🇷123', { code: 'invalidChar', char: '🇫🇷' }], // a flag: two regional indicators
    ['12👨\u200D👩\u200D👧3', { code: 'invalidChar', char: '👨\u200D👩\u200D👧' }], // a family: three people joined by ZWJ
    ['12👍🏽3', { code: 'invalidChar', char: '👍🏽' }], // a thumb with its skin tone
    ['12e\u03013', { code: 'invalidChar', char: 'e\u0301' }], // « é » typed as e + combining acute accent
    ['1\u0301 23', { code: 'invalidChar', char: '1\u0301' }], // an accent on a digit names the digit it sits on
    ['', { code: 'empty' }],
    ['   ', { code: 'empty' }],
    ['-', { code: 'length', expected: 9, count: 0 }], // separators alone: no digits, not an empty field (review)
    [' . - ', { code: 'length', expected: 9, count: 0 }],
  ])('%j is refused: %j', (raw, error) => {
    expect(checkSiren(raw)).toEqual({ ok: false, error });
  });
});

describe('SIRET', () => {
  it.each([
    ['73282932000074', '732829320', '73282932000074'],
    ['732 829 320 00074', '732829320', '73282932000074'],
    ['732.829.320.00074', '732829320', '73282932000074'],
    ['732-829-320-00074', '732829320', '73282932000074'],
    ['54205118000066', '542051180', '54205118000066'],
    ['55208131766522', '552081317', '55208131766522'],
    ['13002526500013', '130025265', '13002526500013'],
  ])('%s is a valid SIRET of SIREN %s', (raw, siren, digits) => {
    const result = checkSiret(raw);
    expect(result.ok && result.value).toEqual({ kind: 'siret', siren, digits });
  });

  it.each([
    ['73282932000075', { code: 'nicChecksum', siren: '732829320' }],
    ['73282923000074', { code: 'sirenChecksum', siren: '732829230' }],
    ['7328293200007', { code: 'length', expected: 14, count: 13 }],
    ['732829320000744', { code: 'length', expected: 14, count: 15 }],
    ['73282932000_74', { code: 'invalidChar', char: '_' }],
    ['732/829/320/00074', { code: 'invalidChar', char: '/' }],
    ['7328293200😀0074', { code: 'invalidChar', char: '😀' }],
  ])('%s is refused: %j', (raw, error) => {
    expect(checkSiret(raw)).toEqual({ ok: false, error });
  });
});

describe("La Poste's exception", () => {
  // 3+5+6+0+0+0+0+0+0+0+9+0+7+5 = 35, 3+5+6+4+9+8+3+7 = 45: multiples of 5.
  it.each(['35600000009075', '35600000049837', '356 000 000 09075'])('establishment %s is valid by the sum of its digits', (raw) => {
    expect(checkSiret(raw).ok).toBe(true);
  });

  it('accepts an establishment that the Luhn check would refuse', () => {
    expect(isLuhnValid('35600000009075')).toBe(false);
    expect(checkSiret('35600000009075').ok).toBe(true);
  });

  // 3+5+6+0+0+0+0+0+0+0+9+0+9+0 = 32 and 3+5+6+4+9+8+3+8 = 46: not multiples of 5.
  it.each(['35600000009090', '35600000049838'])('establishment %s is refused when its digits do not add up to a multiple of 5', (raw) => {
    expect(checkSiret(raw)).toEqual({ ok: false, error: { code: 'laPosteChecksum' } });
  });

  it('checks the head office, whose digits add up to 26, with Luhn like any other SIRET', () => {
    expect(checkSiret(LA_POSTE_HEAD_OFFICE).ok).toBe(true);
    expect(checkSiret('35600000000049')).toEqual({ ok: false, error: { code: 'laPosteChecksum' } });
  });

  it('does not extend the exception to other companies', () => {
    // 73282932000072: digits add up to 45, a multiple of 5, but it fails Luhn.
    expect(checkSiret('73282932000072')).toEqual({ ok: false, error: { code: 'nicChecksum', siren: '732829320' } });
  });
});

describe('checkCompanyId takes either number', () => {
  it.each([
    ['732829320', 'siren'],
    ['73282932000074', 'siret'],
    ['35600000009075', 'siret'],
  ])('%s is read as a %s', (raw, kind) => {
    const result = checkCompanyId(raw);
    expect(result.ok && result.value.kind).toBe(kind);
  });

  it.each([
    ['1234567', 9, 7],
    ['73282932000', 9, 11],
    ['732829320000', 14, 12],
    ['7328293200007', 14, 13],
    ['732829320000740', 14, 15],
  ])('%s (a wrong length) is measured against the closest of 9 and 14: %i', (raw, expected, count) => {
    expect(checkCompanyId(raw)).toEqual({ ok: false, error: { code: 'length', expected, count } });
  });
});

describe('Luhn laws', () => {
  it('completes any 8 digits into a valid SIREN with exactly one check digit', () => {
    fc.assert(
      fc.property(digits(8), (start) => {
        const valid = '0123456789'.split('').filter((d) => checkSiren(start + d).ok);
        expect(valid).toEqual([luhnCheckDigit(start)]);
      }),
    );
  });

  it('accepts a SIRET built with two Luhn keys and refuses it with any one digit mistyped', () => {
    fc.assert(
      fc.property(digits(8), digits(4), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 1, max: 9 }), (start, nic, at, shift) => {
        const siren = start + luhnCheckDigit(start);
        fc.pre(siren !== '356000000');
        const siret = siren + nic + luhnCheckDigit(siren + nic);
        const typo = siret.slice(0, at) + String((Number(siret[at]) + shift) % 10) + siret.slice(at + 1);
        fc.pre(!typo.startsWith('356000000'));
        expect(checkSiret(siret).ok).toBe(true);
        expect(checkSiret(typo).ok).toBe(false);
      }),
    );
  });
});
