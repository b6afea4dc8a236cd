import { fail, ok, type Result } from './result';
import { BASE64URL, BASE64URL_TEXT } from './share-bits';
import type { ShareError } from './share-errors';

/**
 * The envelope of a share code: `<version><length><data><checksum>`.
 * The length character (total length mod 64) tells a cut or lengthened code from an
 * edited one; the CRC-24 checksum (4 characters) catches edits and typos.
 */
export const SHARE_CODE_VERSION = '1';
/** Codes longer than this are refused before any decoding work. */
export const MAX_CODE_LENGTH = 16_000;
const OVERHEAD = 6;

/** CRC-24 of OpenPGP (RFC 4880 §6.1) over the characters (all ASCII) before the checksum. */
export function crc24(text: string): number {
  let crc = 0xb704ce;
  for (let i = 0; i < text.length; i++) {
    crc ^= (text.charCodeAt(i) & 0xff) << 16;
    for (let bit = 0; bit < 8; bit++) {
      crc <<= 1;
      if (crc & 0x1000000) crc ^= 0x1864cfb;
    }
  }
  return crc & 0xffffff;
}

const sextets = (value: number, count: number) =>
  Array.from({ length: count }, (_, i) => BASE64URL[Math.floor(value / 64 ** (count - 1 - i)) % 64]).join('');

/** Wraps base64url data into a complete code. */
export function sealShareCode(data: string): string {
  const head = SHARE_CODE_VERSION + sextets(data.length + OVERHEAD, 1) + data;
  return head + sextets(crc24(head), 4);
}

const percentDecoded = (code: string): string => {
  try {
    return decodeURIComponent(code);
  } catch {
    return code;
  }
};

/** Checks the envelope of untrusted text and returns its data characters; never throws. */
export function unsealShareCode(code: unknown): Result<string, ShareError> {
  if (typeof code !== 'string' || code.length === 0) return fail({ kind: 'empty' });
  if (code.length > MAX_CODE_LENGTH) return fail({ kind: 'too-long', length: code.length, max: MAX_CODE_LENGTH });
  const version = code[0] ?? '';
  if (version !== SHARE_CODE_VERSION) return fail(/^[2-9]$/.test(version) ? { kind: 'unsupported-version', version } : { kind: 'not-a-share-code' });
  if (!BASE64URL_TEXT.test(code)) {
    // A character the browser wrote as %XX in the address (« 😀 » as %F0%9F%98%80) is named as it was typed.
    const characters = [...percentDecoded(code)];
    const bad = characters.findIndex((c) => !BASE64URL.includes(c));
    return fail({ kind: 'bad-character', position: bad + 1, character: characters[bad] ?? '' });
  }
  if (code.length < OVERHEAD || code[1] !== sextets(code.length, 1)) return fail({ kind: 'wrong-length' });
  const head = code.slice(0, -4);
  if (code.slice(-4) !== sextets(crc24(head), 4)) return fail({ kind: 'corrupted' });
  return ok(code.slice(2, -4));
}
