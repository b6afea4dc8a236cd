import { fail, ok, type Result } from './result';
import { decodeShareCode, type SharePayload } from './share-code';
import type { ShareError } from './share-errors';

/**
 * The link to share: the page's address with the code as its fragment, which browsers never send to a server.
 * Without the page's query: the app reads none, and a landing page's `?utm_source=…` or token is the sender's, not
 * something to hand on to a customer (nor to print on a devis).
 */
export function shareUrl(baseUrl: string, code: string): string {
  return `${pageAddress(baseUrl)}#${code}`;
}

/** The page's own address in a URL: without its query, its fragment, or a share code written after « %23 ». */
export function pageAddress(url: string): string {
  const end = url.search(ENDS_PAGE_ADDRESS);
  return end >= 0 ? url.slice(0, end) : url;
}

/**
 * A « # » that a mail or chat client wrote as « %23 », in the last part of the path (`…/configurateur/%231AbC…`,
 * perhaps a query after it): such an address is a mangled link, the code after it. A %23 inside a folder's name
 * (`/c%23/`) is the folder's. (app/share-link-sync.ts and public/404.js, which cannot load this file, read it alike.)
 */
const ENCODED_HASH = /%23(?=[^/?#]*([?#]|$))/;

/** Where the page's own address ends: at its query, its fragment, or an encoded « # ». */
const ENDS_PAGE_ADDRESS = new RegExp(`[?#]|${ENCODED_HASH.source}`);

const LOOKS_LIKE_URL = /^([a-z][a-z0-9+.-]*:|\/|\.\/|\?)/i;

/**
 * Finds the code in what a user pasted: a bare code, or a whole link (its fragment).
 * Tolerates the wrappings mail and chat add: spaces, <…>, quotes, and a « # » written « %23 ».
 */
export function extractShareCode(text: string): Result<string, ShareError> {
  const trimmed = String(text).trim().replace(/^[<"'](.*)[>"']$/s, '$1').trim();
  if (trimmed === '') return fail({ kind: 'empty' });
  const hash = trimmed.indexOf('#');
  const encoded = hash < 0 ? ENCODED_HASH.exec(trimmed) : null;
  if (hash >= 0 || encoded !== null) {
    // After « # » the code is the rest; after « %23 » it ends at the query a link keeps (`…/%231AbC?utm_source=mail`).
    const code = encoded === null ? trimmed.slice(hash + 1) : trimmed.slice(encoded.index + 3).split('?')[0] ?? '';
    return code === '' ? fail({ kind: 'no-code' }) : ok(code);
  }
  return LOOKS_LIKE_URL.test(trimmed) ? fail({ kind: 'no-code' }) : ok(trimmed);
}

/** extractShareCode then decodeShareCode: what the app and the quote tool call on pasted text. */
export function decodeShareLink(text: string): Result<SharePayload, ShareError> {
  const code = extractShareCode(text);
  return code.ok ? decodeShareCode(code.value) : code;
}
