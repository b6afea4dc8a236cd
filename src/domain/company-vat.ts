import { isLuhnValid, isZeroSiren, withoutSeparators } from './company-ids';
import { firstHiddenCharacter, firstInvisibleCharacter } from './hidden-characters';
import { fail, ok, type Result } from './result';

/**
 * Intra-EU VAT numbers: the format of each member state, and for France the key
 * that ties the number to the company's SIREN.
 */

/** Shape after the 2-letter prefix, with a sample to show the user; no national checksum except France's. */
export const EU_VAT_FORMATS = {
  AT: { pattern: /^U\d{8}$/, sample: 'ATU12345678' },
  BE: { pattern: /^[01]\d{9}$/, sample: 'BE0123456789' },
  BG: { pattern: /^\d{9,10}$/, sample: 'BG123456789' },
  CY: { pattern: /^\d{8}[A-Z]$/, sample: 'CY12345678X' },
  CZ: { pattern: /^\d{8,10}$/, sample: 'CZ12345678' },
  DE: { pattern: /^\d{9}$/, sample: 'DE123456789' },
  DK: { pattern: /^\d{8}$/, sample: 'DK12345678' },
  EE: { pattern: /^\d{9}$/, sample: 'EE123456789' },
  EL: { pattern: /^\d{9}$/, sample: 'EL123456789' },
  ES: { pattern: /^[A-Z0-9]\d{7}[A-Z0-9]$/, sample: 'ESX1234567X' },
  FI: { pattern: /^\d{8}$/, sample: 'FI12345678' },
  FR: { pattern: /^[0-9A-HJ-NP-Z]{2}\d{9}$/, sample: 'FR12345678901' },
  HR: { pattern: /^\d{11}$/, sample: 'HR12345678901' },
  HU: { pattern: /^\d{8}$/, sample: 'HU12345678' },
  IE: { pattern: /^(\d{7}[A-W][A-I]?|\d[A-Z+*]\d{5}[A-W])$/, sample: 'IE1234567T' },
  IT: { pattern: /^\d{11}$/, sample: 'IT12345678901' },
  LT: { pattern: /^(\d{9}|\d{12})$/, sample: 'LT123456789' },
  LU: { pattern: /^\d{8}$/, sample: 'LU12345678' },
  LV: { pattern: /^\d{11}$/, sample: 'LV12345678901' },
  MT: { pattern: /^\d{8}$/, sample: 'MT12345678' },
  NL: { pattern: /^\d{9}B\d{2}$/, sample: 'NL123456789B01' },
  PL: { pattern: /^\d{10}$/, sample: 'PL1234567890' },
  PT: { pattern: /^\d{9}$/, sample: 'PT123456789' },
  RO: { pattern: /^[1-9]\d{1,9}$/, sample: 'RO1234567' },
  SE: { pattern: /^\d{10}01$/, sample: 'SE123456789001' },
  SI: { pattern: /^\d{8}$/, sample: 'SI12345678' },
  SK: { pattern: /^\d{10}$/, sample: 'SK1234567890' },
} as const satisfies Record<string, { pattern: RegExp; sample: string }>;

export type EuCountry = keyof typeof EU_VAT_FORMATS;

export type VatError =
  | { code: 'empty' }
  | { code: 'noCountry' }
  | { code: 'unknownCountry'; country: string }
  /** Greece's VAT prefix is EL, not its ISO code GR. */
  | { code: 'greecePrefix' }
  /** Monaco's VAT numbers are French ones: FR, not MC. */
  | { code: 'monacoPrefix' }
  | { code: 'format'; country: EuCountry; sample: string }
  /** The 9 digits after the French key are not a valid SIREN. */
  | { code: 'frSiren'; siren: string }
  | { code: 'frKey'; siren: string; expected: string }
  /** The key does not match the number of a Monegasque company (000…, no SIREN). */
  | { code: 'monacoKey'; number: string; expected: string }
  /** A well-formed French number, but of another company than the SIREN / SIRET given. */
  | { code: 'frOtherCompany'; siren: string; expected: string };

export interface VatNumber {
  country: EuCountry;
  /** Upper case, no separators: FR68900000001. */
  normalised: string;
}

/** Separators are allowed and dropped, as in a SIREN; letters are upper-cased. */
export const normaliseVat = (raw: string): string => withoutSeparators(raw).toUpperCase();

const isEuCountry = (code: string): code is EuCountry => Object.hasOwn(EU_VAT_FORMATS, code);

/** The numeric key of a French VAT number: (12 + 3 × (SIREN mod 97)) mod 97, on 2 digits. */
export function frenchVatKey(siren: string): string {
  return String((12 + 3 * (Number(siren) % 97)) % 97).padStart(2, '0');
}

export const frenchVatNumber = (siren: string): string => `FR${frenchVatKey(siren)}${siren}`;

// Letters of the newer alphanumeric keys; I and O are left out to avoid confusion with 1 and 0.
const FR_KEY_ALPHABET = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** The check of the alphanumeric French keys (at least one letter), as the DGFiP assigns them. */
function isAlphaKeyValid(key: string, siren: string): boolean {
  const [a, b] = [FR_KEY_ALPHABET.indexOf(key[0] ?? ''), FR_KEY_ALPHABET.indexOf(key[1] ?? '')];
  const check = a < 10 ? a * 24 + b - 10 : a * 34 + b - 100;
  return (Number(siren) + 1 + Math.floor(check / 11)) % 11 === check % 11;
}

/**
 * Monaco is French territory for VAT: a Monegasque company has a French VAT number, with the same key, on a 9-digit number
 * of the Monaco tax office that begins with 000 and is no SIREN (so no Luhn check): FR53000004605.
 */
const isMonacoNumber = (nine: string): boolean => nine.startsWith('000') && !isZeroSiren(nine);

function checkFrench(body: string, companySiren: string | undefined): Result<VatNumber, VatError> {
  const key = body.slice(0, 2);
  const siren = body.slice(2);
  if (!isMonacoNumber(siren) && (isZeroSiren(siren) || !isLuhnValid(siren))) return fail({ code: 'frSiren', siren });
  const keyOk = /^\d\d$/.test(key) ? key === frenchVatKey(siren) : isAlphaKeyValid(key, siren);
  if (!keyOk) return fail(isMonacoNumber(siren) ? { code: 'monacoKey', number: siren, expected: frenchVatNumber(siren) } : { code: 'frKey', siren, expected: frenchVatNumber(siren) });
  if (companySiren !== undefined && companySiren !== siren) {
    return fail({ code: 'frOtherCompany', siren: companySiren, expected: frenchVatNumber(companySiren) });
  }
  return ok({ country: 'FR', normalised: `FR${body}` });
}

/**
 * Checks an intra-EU VAT number. For France, the key must match the SIREN inside the
 * number and, when `companySiren` is given (from the SIREN or SIRET field), that SIREN.
 */
export function checkVatNumber(raw: string, companySiren?: string): Result<VatNumber, VatError> {
  const vat = normaliseVat(raw);
  if (vat === '') return fail({ code: 'empty' });
  const country = vat.slice(0, 2);
  if (!/^[A-Z]{2}$/.test(country)) return fail({ code: 'noCountry' });
  if (country === 'GR') return fail({ code: 'greecePrefix' });
  if (country === 'MC') return fail({ code: 'monacoPrefix' });
  if (!isEuCountry(country)) return fail({ code: 'unknownCountry', country });
  const body = vat.slice(2);
  const { pattern, sample } = EU_VAT_FORMATS[country];
  if (!pattern.test(body)) return fail({ code: 'format', country, sample });
  return country === 'FR' ? checkFrench(body, companySiren) : ok({ country, normalised: vat });
}

/**
 * A valid VAT number of a member state other than France, or null: such a company is identified by it on the devis
 * (it has no SIREN), and its French VAT is normally self-assessed (reverse charge, « autoliquidation »). One holding an
 * invisible character is null: the customer form refuses it, so the devis does not print it.
 */
export function otherMemberStateVat(raw: string): VatNumber | null {
  const vat = printableVat(raw);
  return vat !== null && vat.country !== 'FR' ? vat : null;
}

/**
 * A valid VAT number that identifies a company with no SIREN, or null: one of another member state, or a Monegasque one
 * (FR, on a number of the Monaco tax office). French VAT applies to a Monegasque company as to a French one.
 */
export function vatWithoutSiren(raw: string): VatNumber | null {
  const vat = printableVat(raw);
  return vat !== null && (vat.country !== 'FR' || isMonacoNumber(vat.normalised.slice(4))) ? vat : null;
}

/** A VAT number the customer form accepts, or null (one holding an invisible character is refused, so never printed). */
function printableVat(raw: string): VatNumber | null {
  if (firstHiddenCharacter(raw, false) !== undefined || firstInvisibleCharacter(raw) !== undefined) return null;
  const vat = checkVatNumber(raw);
  return vat.ok ? vat.value : null;
}
