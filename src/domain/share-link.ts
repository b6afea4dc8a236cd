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
 * Where the page's own address ends: at its query, its fragment, or a « # » that a mail or chat client wrote as « %23 »
 * at the end of the path (`…/configurateur/%231AbC…`): such an address is a mangled link, the code its last part.
 * A %23 inside a folder's name (`/c%23/`) is the folder's.
 */
const ENDS_PAGE_ADDRESS = /[?#]|%23(?=[^/?#]*([?#]|$))/;

const LOOKS_LIKE_URL = /^([a-z][a-z0-9+.-]*:|\/|\.\/|\?)/i;

/**
 * Finds the code in what a user pasted: a bare code, or a whole link (its fragment).
 * Tolerates the wrappings mail and chat add: spaces, <…>, quotes, and a « # » written « %23 ».
 */
export function extractShareCode(text: string): Result<string, ShareError> {
  const trimmed = String(text).trim().replace(/^[<"'](.*)[>"']$/s, '$1').trim();
  if (trimmed === '') return fail({ kind: 'empty' });
  const hash = /#|%23(?=[^/?#]*(\?|$))/.exec(trimmed);
  if (hash !== null) {
    const after = trimmed.slice(hash.index + hash[0].length);
    // After « %23 » the code ends at the query a link keeps (`…/%231AbC?utm_source=mail`); after « # » nothing follows it.
    const code = hash[0] === '#' ? after : after.split('?')[0] ?? '';
    return code === '' ? fail({ kind: 'no-code' }) : ok(code);
  }
  return LOOKS_LIKE_URL.test(trimmed) ? fail({ kind: 'no-code' }) : ok(trimmed);
}

/** extractShareCode then decodeShareCode: what the app and the quote tool call on pasted text. */
export function decodeShareLink(text: string): Result<SharePayload, ShareError> {
  const code = extractShareCode(text);
  return code.ok ? decodeShareCode(code.value) : code;
}
