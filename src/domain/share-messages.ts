import type { ShareError, ShareErrorKind } from './share-errors';
import { SHARE_MESSAGES_EN } from './share-messages-en';
import { SHARE_MESSAGES_FR } from './share-messages-fr';

export type ShareLanguage = 'fr' | 'en';

/** One message per error kind; the mapped type makes a missing kind a type error. */
export type ShareMessages = { [K in ShareErrorKind]: (error: Extract<ShareError, { kind: K }>) => string };

/** Shows a stray character safely: its code point, and the character itself when printable. */
const showCharacter = (c: string) => {
  const codePoint = `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  return /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(c) ? `“${c}”, ${codePoint}` : codePoint;
};

/** The message the buyer reads when a link cannot be opened, in French or English. */
export function describeShareError(error: ShareError, lang: ShareLanguage): string {
  const messages = lang === 'fr' ? SHARE_MESSAGES_FR : SHARE_MESSAGES_EN;
  const shown = error.kind === 'bad-character' ? { ...error, character: showCharacter(error.character) } : error;
  return (messages[shown.kind] as (e: ShareError) => string)(shown);
}
