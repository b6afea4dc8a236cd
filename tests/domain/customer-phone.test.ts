import { describe, expect, it } from 'vitest';
import { checkPhone } from '../../src/domain/customer-phone';

describe('phone numbers', () => {
  it.each([
    ['04 72 10 30 30', '+33472103030'],
    ['04.72.10.30.30', '+33472103030'],
    ['04-72-10-30-30', '+33472103030'],
    ['0472103030', '+33472103030'],
    ['06 12 34 56 78', '+33612345678'],
    ['+33 6 12 34 56 78', '+33612345678'],
    ['+33 (0)6 12 34 56 78', '+33612345678'],
    ['0033 6 12 34 56 78', '+33612345678'],
    ['+32 2 123 45 67', '+3221234567'],
    ['+1 (415) 555-0132', '+14155550132'],
    ['+49 30 1234567', '+49301234567'],
  ])('%s is accepted as %s', (raw, e164) => {
    expect(checkPhone(raw)).toEqual({ ok: true, value: e164 });
  });

  it.each([
    ['04 72 10 30', { code: 'frLength', count: 8 }],
    ['04 72 10 30 30 3', { code: 'frLength', count: 11 }],
    ['+33 6 12 34 56', { code: 'frIntlLength', count: 7 }],
    ['+33 06 12 34 56 78', { code: 'frTrunkZero' }],
    ['+44 20 7', { code: 'intlLength', count: 5 }],
    ['+1234567890123456', { code: 'intlLength', count: 16 }],
    ['6 12 34 56 78', { code: 'start' }],
    ['00 00 00 00 00', { code: 'start' }],
    ['+0 12 34 56 78', { code: 'start' }],
    ['04 72 10 3O 30', { code: 'invalidChar', char: 'O' }],
    ['04+72103030', { code: 'invalidChar', char: '+' }],
    ['04 72 😀 10 30', { code: 'invalidChar', char: '😀' }], // the whole emoji, not half a surrogate pair
    ['😀+33 4 72 10 30 30', { code: 'invalidChar', char: '😀' }],
    // Named as the user sees it (one grapheme), not by its first code point:
    ['06 12 👍🏽 34', { code: 'invalidChar', char: '👍🏽' }], // a thumb with its skin tone
    ['06 🇫🇷 12 34 56 78', { code: 'invalidChar', char: '🇫🇷' }], // a flag: two regional indicators
    ['06 👨\u200D👩\u200D👧 12', { code: 'invalidChar', char: '👨\u200D👩\u200D👧' }], // a family joined by ZWJ
    ['06 12 e\u0301 34', { code: 'invalidChar', char: 'e\u0301' }], // « é » typed as e + combining acute accent
  ])('%s is refused: %j', (raw, error) => {
    expect(checkPhone(raw)).toEqual({ ok: false, error });
  });
});
