import type { Language } from '../domain/language';
import type { ImportError } from '../domain/quote-import';
import { describeImportError as describe } from '../domain/quote-import-messages';
import type { MessageKey, MessageParams } from './messages';

/**
 * Why a file was not imported, in the user's words: worded in the domain (names, numbers and what to do),
 * like a share link's errors. `say` is kept for the callers' sake; the wording needs none of its keys.
 */
export function describeImportError(error: ImportError, lang: Language, _say?: (key: MessageKey, params?: MessageParams) => string): string {
  return describe(error, lang);
}
