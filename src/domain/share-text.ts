import { CUSTOMER_FIELDS, type CustomerDetails } from './customer';
import { isHiddenCharacter } from './hidden-characters';
import { ShareDecodeFailure, type BitReader, type BitWriter } from './share-bits';

/** Longest customer text a link carries, in UTF-8 bytes. */
export const MAX_TEXT_BYTES = 400;
const SECTORS = ['', 'public', 'private'] as const;
const TAB = 0x09;
/**
 * What the customer form refuses (controls, the bidirectional overrides that can disguise text; a line
 * break only in the address), and tabs: a link carries them as spaces, so a tab in a link was not made here.
 */
const isForbidden = (code: number, field: TextField) => code === TAB || isHiddenCharacter(code, field === 'address');
const hasForbidden = (field: TextField, text: string) => [...text].some((c) => isForbidden(c.codePointAt(0) ?? 0, field));
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const utf8 = new TextEncoder();
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Bytes of one code point in UTF-8 (lone surrogates were replaced by U+FFFD beforehand). */
const utf8Length = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

export type TextField = Exclude<keyof CustomerDetails, 'sector'>;

/** A customer text as a link carries it, and what it lost on the way in. */
interface LinkText {
  text: string;
  /** Cut at MAX_TEXT_BYTES. */
  cut: boolean;
  /** Control characters or bidirectional overrides left out. */
  stripped: boolean;
}

function linkText(field: TextField, text: string): LinkText {
  const spaced = text.replace(LONE_SURROGATE, '\uFFFD').replace(/\r\n?/g, '\n').replace(/\t/g, ' ');
  const clean = field === 'address' ? spaced : spaced.replace(/\n/g, ' ');
  let bytes = 0;
  let kept = '';
  let stripped = false;
  for (const c of clean) {
    if (isForbidden(c.codePointAt(0) ?? 0, field)) {
      stripped = true;
      continue;
    }
    bytes += utf8Length(c.codePointAt(0) ?? 0);
    if (bytes > MAX_TEXT_BYTES) return { text: kept, cut: true, stripped };
    kept += c;
  }
  return { text: kept, cut: false, stripped };
}

/** What a link can carry of a customer text: no control characters, at most MAX_TEXT_BYTES. */
export function cleanCustomerText(field: TextField, text: string): string {
  return linkText(field, text).text;
}

export function cleanCustomer(customer: CustomerDetails): CustomerDetails {
  const clean = { ...customer, sector: SECTORS.includes(customer.sector) ? customer.sector : '' };
  for (const field of CUSTOMER_FIELDS) if (field !== 'sector') clean[field] = cleanCustomerText(field, customer[field]);
  return clean;
}

/**
 * The customer details a link does not carry whole, in form order, for the sender to be told: those cut
 * at MAX_TEXT_BYTES, and those that lose control characters (a tab or a line break turned into a space
 * is not a loss).
 */
export function customerLinkLosses(customer: CustomerDetails): { cut: TextField[]; stripped: TextField[] } {
  const texts = CUSTOMER_FIELDS.flatMap((field) => (field === 'sector' ? [] : [{ field, ...linkText(field, customer[field]) }]));
  return { cut: texts.filter((t) => t.cut).map((t) => t.field), stripped: texts.filter((t) => t.stripped).map((t) => t.field) };
}

/** Writes customer details already passed through `cleanCustomer`. */
export function writeCustomer(out: BitWriter, customer: CustomerDetails): void {
  for (const field of CUSTOMER_FIELDS) {
    if (field === 'sector') {
      out.write(SECTORS.indexOf(customer.sector), 2);
      continue;
    }
    const bytes = utf8.encode(customer[field]);
    out.writeUint(bytes.length);
    for (const byte of bytes) out.write(byte, 8);
  }
}

export function readCustomer(input: BitReader): CustomerDetails {
  const customer: Partial<CustomerDetails> = {};
  for (const field of CUSTOMER_FIELDS) {
    if (field === 'sector') {
      const sector = SECTORS[input.read(2)];
      if (sector === undefined) throw new ShareDecodeFailure({ kind: 'malformed', detail: 'bad-sector' });
      customer.sector = sector;
      continue;
    }
    customer[field] = readText(input, field);
  }
  return customer as CustomerDetails;
}

function readText(input: BitReader, field: TextField): string {
  const invalid = (problem: 'utf8' | 'control-character' | 'too-long') => new ShareDecodeFailure({ kind: 'invalid-text', field, problem });
  const length = input.readUint();
  if (length > MAX_TEXT_BYTES) throw invalid('too-long');
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = input.read(8);
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    throw invalid('utf8');
  }
  if (hasForbidden(field, text)) throw invalid('control-character');
  return text;
}
