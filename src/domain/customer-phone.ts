import { graphemeAt } from './grapheme';
import { fail, ok, type Result } from './result';

/** Why a phone number was refused; `count` is the number of digits typed. */
export type PhoneError =
  | { code: 'invalidChar'; char: string }
  /** Neither 0 (French number) nor + / 00 (international). */
  | { code: 'start' }
  | { code: 'frLength'; count: number }
  /** +33 followed by the national 0: +33 0X… */
  | { code: 'frTrunkZero' }
  | { code: 'frIntlLength'; count: number }
  | { code: 'intlLength'; count: number };

// Separators people type between groups of digits.
const SEPARATORS = /[\s\u00a0\u202f.\-/()]+/g;

/**
 * Checks a French (0X XX XX XX XX) or international (+CC…) phone number, lenient on
 * separators, strict on the digit count. Returns the number as +CC digits (E.164).
 */
export function checkPhone(raw: string): Result<string, PhoneError> {
  // "+33 (0)6 …": the bracketed 0 is a convention for callers from France, not a digit.
  const compact = raw.trim().replace(/^(\+\d{1,3})\s*\(0\)/, '$1').replace(SEPARATORS, '');
  const phone = compact.startsWith('00') ? `+${compact.slice(2)}` : compact;
  // Named as seen: 👍🏽 whole, not 👍 without its skin tone.
  const bad = /[^\d+]|(?<=.)\+/u.exec(phone);
  if (bad) return fail({ code: 'invalidChar', char: graphemeAt(phone, bad.index) });
  const digits = phone.replace('+', '');
  if (phone.startsWith('+33')) {
    const national = digits.slice(2);
    if (national.startsWith('0')) return fail({ code: 'frTrunkZero' });
    return national.length === 9 ? ok(phone) : fail({ code: 'frIntlLength', count: national.length });
  }
  if (phone.startsWith('+')) {
    // No country calling code starts with 0.
    if (phone[1] === '0') return fail({ code: 'start' });
    // E.164 allows at most 15 digits; fewer than 8 is no reachable number.
    return digits.length >= 8 && digits.length <= 15 ? ok(phone) : fail({ code: 'intlLength', count: digits.length });
  }
  if (!phone.startsWith('0')) return fail({ code: 'start' });
  return phone.length === 10 ? ok(`+33${phone.slice(1)}`) : fail({ code: 'frLength', count: phone.length });
}
