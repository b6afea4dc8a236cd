import { typesetIn } from './french-typography';
import { formatList } from './locale-format';
import type { ShareError, ShareErrorKind } from './share-errors';
import { SHARE_MESSAGES_EN } from './share-messages-en';
import { SHARE_MESSAGES_FR } from './share-messages-fr';
import { formatGivenNumber } from './given-number';

export type ShareLanguage = 'fr' | 'en';

/** What a message needs besides its error: numbers formatted for the language, modules and qualifications by name. */
export interface ShareWording {
  n: (x: number) => string;
  name: (id: string) => string;
  /** Commitment terms as the buyer picks one: « 1, 12 ou 36 » (a disjunction, as in the draft's notices). */
  terms: (months: readonly number[]) => string;
}

/** One message per error kind; the mapped type makes a missing kind a type error. */
export type ShareMessages = { [K in ShareErrorKind]: (error: Extract<ShareError, { kind: K }>, w: ShareWording) => string };

/** Shows a stray character safely: its code point, and the character itself when printable, quoted the language's way. */
const showCharacter = (c: string, lang: ShareLanguage) => {
  const codePoint = `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  if (!/^[\p{L}\p{N}\p{P}\p{S}]$/u.test(c)) return codePoint;
  return lang === 'fr' ? `« ${c} », ${codePoint}` : `“${c}”, ${codePoint}`;
};

/**
 * The message the buyer reads when a link cannot be opened, in French (with its typography) or English.
 * `name` gives a module's or qualification's name from its id when the caller has a catalog; ids otherwise.
 */
export function describeShareError(error: ShareError, lang: ShareLanguage, name: (id: string) => string = (id) => id): string {
  const messages = lang === 'fr' ? SHARE_MESSAGES_FR : SHARE_MESSAGES_EN;
  const shown = error.kind === 'bad-character' ? { ...error, character: showCharacter(error.character, lang) } : error;
  const n = (x: number) => formatGivenNumber(x, lang);
  const w: ShareWording = { n, name, terms: (months) => formatList(months.map(n), lang, 'disjunction') };
  const text = (messages[shown.kind] as (e: ShareError, w: ShareWording) => string)(shown, w);
  return typesetIn(lang, text);
}
