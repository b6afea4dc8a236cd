import { graphemeAt } from './grapheme';
import { fail, ok, type Result } from './result';

/**
 * French company identifiers (SIREN, SIRET) and intra-EU VAT numbers.
 * Failures are values that say what is wrong, so the form can say how to fix it.
 */

export type CompanyIdError =
  | { code: 'empty' }
  | { code: 'invalidChar'; char: string }
  /** 9 digits make a SIREN, 14 a SIRET; `expected` is the one the input was closest to. */
  | { code: 'length'; expected: 9 | 14; count: number }
  /** A 9-digit SIREN, or the first 9 digits of a SIRET, fail the Luhn check. */
  | { code: 'sirenChecksum'; siren: string }
  /** The SIREN part is valid but the establishment number (NIC, last 5 digits) is not. */
  | { code: 'nicChecksum'; siren: string }
  /** A La Poste establishment whose 14 digits do not add up to a multiple of 5. */
  | { code: 'laPosteChecksum' }
  /** Nine zeros: Luhn-valid, but no company's (QA: accepted, it stood for a SIREN on the devis). */
  | { code: 'zeroSiren' };

export interface CompanyId {
  kind: 'siren' | 'siret';
  siren: string;
  /** Digits only, without separators: the SIREN or the whole SIRET. */
  digits: string;
}

/** La Poste files all its establishments under one SIREN, too many for the 4-digit NIC with a Luhn key. */
export const LA_POSTE_SIREN = '356000000';
/** La Poste's head office, the one SIRET of that SIREN that follows Luhn. */
export const LA_POSTE_HEAD_OFFICE = '35600000000048';

/** Spaces, dots, and the hyphens and dashes a word processor puts in place of « - » (U+2010–2013, U+2212 minus). */
const SEPARATORS = /[\s\u00a0\u202f.\-\u2010-\u2013\u2212]+/g;

/**
 * Separators (spaces, including the non-breaking ones French typography puts between groups, dots, hyphens) are allowed
 * and dropped, in a SIREN as in a VAT number: 732.829.320 and 732-829-320 are written too.
 */
export const withoutSeparators = (raw: string): string => raw.replace(SEPARATORS, '');

/** The digits of a SIREN or SIRET grouped as INSEE prints them, with non-breaking spaces: 732 829 320 00074. */
export const groupedCompanyId = (digits: string): string =>
  [digits.slice(0, 3), digits.slice(3, 6), digits.slice(6, 9), digits.slice(9)].filter((group) => group !== '').join('\u00a0');

function luhnSum(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    const d = Number(digits[digits.length - 1 - i]);
    const weighted = i % 2 === 1 ? d * 2 : d;
    sum += weighted > 9 ? weighted - 9 : weighted;
  }
  return sum;
}

export const isLuhnValid = (digits: string): boolean => /^\d+$/.test(digits) && luhnSum(digits) % 10 === 0;

/** The digit that completes `digits` into a Luhn-valid number. */
export function luhnCheckDigit(digits: string): string {
  return String((10 - (luhnSum(`${digits}0`) % 10)) % 10);
}

const digitSum = (digits: string): number => [...digits].reduce((sum, d) => sum + Number(d), 0);

function readDigits(raw: string, expected: 9 | 14): Result<string, CompanyIdError> {
  const digits = withoutSeparators(raw);
  // Separators alone (« - » typed for « none ») are a number of no digits, not a field left empty.
  if (digits === '') return fail(raw.trim() === '' ? { code: 'empty' } : { code: 'length', expected, count: 0 });
  // Named as seen: a whole flag or 👨‍👩‍👧, not its first code point.
  const bad = /\D/u.exec(digits);
  return bad ? fail({ code: 'invalidChar', char: graphemeAt(digits, bad.index) }) : ok(digits);
}

/** 000 000 000 passes the Luhn check and is no company's. */
export const isZeroSiren = (nine: string): boolean => /^0{9}$/.test(nine);

function checkSirenDigits(siren: string): Result<CompanyId, CompanyIdError> {
  if (isZeroSiren(siren)) return fail({ code: 'zeroSiren' });
  return isLuhnValid(siren) ? ok({ kind: 'siren', siren, digits: siren }) : fail({ code: 'sirenChecksum', siren });
}

function checkSiretDigits(siret: string): Result<CompanyId, CompanyIdError> {
  const siren = siret.slice(0, 9);
  if (isZeroSiren(siren)) return fail({ code: 'zeroSiren' });
  if (!isLuhnValid(siren)) return fail({ code: 'sirenChecksum', siren });
  const found: CompanyId = { kind: 'siret', siren, digits: siret };
  if (siren === LA_POSTE_SIREN && siret !== LA_POSTE_HEAD_OFFICE) {
    return digitSum(siret) % 5 === 0 ? ok(found) : fail({ code: 'laPosteChecksum' });
  }
  return isLuhnValid(siret) ? ok(found) : fail({ code: 'nicChecksum', siren });
}

/** Accepts a SIREN (9 digits) or a SIRET (14 digits), separators allowed. */
export function checkCompanyId(raw: string): Result<CompanyId, CompanyIdError> {
  const read = readDigits(raw, 9);
  if (!read.ok) return read;
  const digits = read.value;
  if (digits.length === 9) return checkSirenDigits(digits);
  if (digits.length === 14) return checkSiretDigits(digits);
  // Up to 11 digits the user was most likely typing a SIREN; from 12 on, a SIRET.
  return fail({ code: 'length', expected: digits.length <= 11 ? 9 : 14, count: digits.length });
}

/** Only a SIREN (9 digits), separators allowed. */
export function checkSiren(raw: string): Result<CompanyId, CompanyIdError> {
  const read = readDigits(raw, 9);
  if (!read.ok) return read;
  if (read.value.length !== 9) return fail({ code: 'length', expected: 9, count: read.value.length });
  return checkSirenDigits(read.value);
}

/** Only a SIRET (14 digits), separators allowed; La Poste's establishments follow their own rule. */
export function checkSiret(raw: string): Result<CompanyId, CompanyIdError> {
  const read = readDigits(raw, 14);
  if (!read.ok) return read;
  if (read.value.length !== 14) return fail({ code: 'length', expected: 14, count: read.value.length });
  return checkSiretDigits(read.value);
}
