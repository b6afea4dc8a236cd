import type { ShareError, ShareErrorKind } from '../domain/share-errors';
import { describeShareError } from '../domain/share-messages';

/** Every kind worded for the command line: a new kind of error does not compile until it is (no silent fall-back). */
type Words = { [K in ShareErrorKind]: (error: Extract<ShareError, { kind: K }>) => string };

/** The app's English wording, for the kinds where it names no page, link or reload. */
const asTheApp = (error: ShareError): string => describeShareError(error, 'en');

const again = 'Copy the whole code again from the original message.';
/** The app asks the link's author to make it again "from the page"; at the command line, the code is what is named. */
const remade = 'No configurator made this code (its checksum is right, its content is not): ask its author for a new one.';
const problem = { 'utf8': 'is not valid UTF-8 text', 'too-long': 'is too long', 'control-character': 'contains control characters' };

/** Shows a stray character as its code point, plus the character itself when printable (never a raw line break). */
const shown = (c: string): string => {
  const codePoint = `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  return /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(c) ? `“${c}”, ${codePoint}` : codePoint;
};

/**
 * The command line's own words where the app's talk of pages, links or reloading: there is no page
 * to reload at a command line, and what was given may be a bare code. The app's wording stays as it is.
 */
const CLI_WORDS: Words = {
  'empty': asTheApp,
  'not-a-share-code': asTheApp,
  'too-long': asTheApp,
  'malformed': asTheApp,
  'too-large': asTheApp,
  'out-of-range': asTheApp,
  'wrong-catalog': asTheApp,
  'no-code': () => 'This address carries no share code (nothing after “#”).',
  'unsupported-version': (e) => `This code was made by a newer version of the configurator (code format ${e.version}): update this copy of the configurator's code, then run the command again.`,
  'bad-character': (e) => `The code contains a character that does not belong to it (${shown(e.character)}, at position ${e.position}). ${again}`,
  'wrong-length': () => `The code is incomplete: characters are missing (or were added) at the end. ${again}`,
  'corrupted': () => `The code was altered or damaged (its checksum does not match). ${again}`,
  'invalid-text': (e) => `The customer detail ${e.field} ${problem[e.problem]}; the code was not priced.`,
  'unknown-module': (e) => `The code names a module that catalog does not offer: ${e.module}. ${remade}`,
  'duplicate-module': (e) => `The code lists the module ${e.module} twice. ${remade}`,
  'quantity-out-of-range': (e) => `The quantity ${e.quantity} of ${e.module} is outside ${e.min}–${e.max}. ${remade}`,
  'quantity-off-step': (e) => `The quantity ${e.quantity} of ${e.module} is not ${e.min} plus a multiple of ${e.step}. ${remade}`,
  'unknown-term': (e) => `The commitment of ${e.months} months is not offered (available: ${e.available.join(', ')} months). ${remade}`,
  'unknown-qualification': (e) => `The code demands a qualification that catalog does not know: ${e.qualification}. ${remade}`,
  'duplicate-qualification': (e) => `The code demands the qualification ${e.qualification} twice. ${remade}`,
};

/** Why a share code cannot be priced, in English, as `quote` prints it after "share code: ". */
export function describeShareCodeError(error: ShareError): string {
  return (CLI_WORDS[error.kind] as (e: ShareError) => string)(error);
}
