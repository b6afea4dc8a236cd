import type { ShareError } from './share-errors';

/** The 64 characters of base64url (RFC 4648 §5): safe in a URL fragment, no padding. */
export const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** Sextet value of each ASCII character code (0 for anything else, which `unsealShareCode` has refused already). */
const SEXTET = new Uint8Array(128);
for (let i = 0; i < BASE64URL.length; i++) SEXTET[BASE64URL.charCodeAt(i)] = i;
export const BASE64URL_TEXT = /^[A-Za-z0-9_-]*$/;

/** Thrown inside the decoder only; `decodeShareCode` turns it back into a value. */
export class ShareDecodeFailure extends Error {
  constructor(readonly error: ShareError) {
    super(error.kind);
  }
}

/** A bit stream written most significant bit first, read back as base64url characters. */
export class BitWriter {
  private readonly bits: number[] = [];

  write(value: number, width: number): void {
    for (let i = width - 1; i >= 0; i--) this.bits.push(Math.floor(value / 2 ** i) % 2);
  }

  /** Exponential-Golomb code of order 0: small numbers are short, any safe integer ≥ 0 fits. */
  writeUint(value: number): void {
    const n = value + 1;
    let length = 1;
    while (2 ** length <= n) length++;
    this.write(0, length - 1);
    this.write(n, length);
  }

  toBase64url(): string {
    let out = '';
    for (let i = 0; i < this.bits.length; i += 6) {
      let sextet = 0;
      for (let j = 0; j < 6; j++) sextet = sextet * 2 + (this.bits[i + j] ?? 0);
      out += BASE64URL[sextet];
    }
    return out;
  }
}

/** Reads what `BitWriter` wrote; running out of bits is a malformed code, never an exception outside. */
export class BitReader {
  private position = 0;
  private readonly sextets: Uint8Array;

  constructor(text: string) {
    this.sextets = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) this.sextets[i] = SEXTET[text.charCodeAt(i) & 0x7f] ?? 0;
  }

  read(width: number): number {
    let value = 0;
    for (let i = 0; i < width; i++) value = value * 2 + this.bit();
    return value;
  }

  /** Reads an exponential-Golomb number; anything above 2^53 − 1 is refused before it loses precision. */
  readUint(): number {
    let zeros = 0;
    while (this.bit() === 0) {
      zeros++;
      if (zeros > 53) throw new ShareDecodeFailure({ kind: 'out-of-range', what: 'number' });
    }
    const rest = this.read(zeros);
    if (zeros === 53 && rest > 0) throw new ShareDecodeFailure({ kind: 'out-of-range', what: 'number' });
    return 2 ** zeros - 1 + rest;
  }

  /** Only the zero padding of the last character may remain. */
  expectEnd(): void {
    const left = this.sextets.length * 6 - this.position;
    if (left >= 6 || (left > 0 && this.read(left) !== 0)) throw new ShareDecodeFailure({ kind: 'malformed', detail: 'trailing-data' });
  }

  private bit(): number {
    if (this.position >= this.sextets.length * 6) throw new ShareDecodeFailure({ kind: 'malformed', detail: 'ends-early' });
    const sextet = this.sextets[(this.position / 6) | 0] ?? 0;
    const bit = (sextet >> (5 - (this.position % 6))) & 1;
    this.position++;
    return bit;
  }
}
