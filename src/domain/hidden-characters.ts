/**
 * Characters a customer detail may not hold because they are invisible and change what is shown:
 * control characters (a line break only where the field has lines; a tab counts as a space) and the
 * bidirectional embeddings, overrides and isolates, which make a text display as another
 * (« Acme ‮teg.gnitsohlive‬ » reads « Acme evilhosting.get »). Share links refuse the same.
 */
export function isHiddenCharacter(code: number, lineBreaks: boolean): boolean {
  const control = (code < 0x20 && code !== 0x09 && !(lineBreaks && code === 0x0a)) || (code >= 0x7f && code <= 0x9f);
  const bidi = (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
  return control || bidi;
}

/**
 * Characters drawn as nothing at all (Unicode's "default ignorable" ones): zero-width space, joiner and
 * non-joiner, word joiner, byte order mark, soft hyphen, variation selectors… Free text keeps them (a
 * joiner is part of 👨‍👩‍👧, a non-joiner of Persian words); a number or an address typed for a machine
 * never holds one: it came in with a paste and makes the value look right while it is not.
 */
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/u;

/**
 * Whether a customer detail shows nothing: spaces, line breaks and characters drawn as nothing alone (QA: a zero-width
 * space filled « Raison sociale » and the devis printed an empty name, without « À compléter »). Counted as empty.
 */
export const blankDetail = (value: string): boolean => !/[^\s\p{Default_Ignorable_Code_Point}]/u.test(value);

/** « U+200B »: how the form names a character the buyer cannot see. */
export const codePointLabel = (code: number): string => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/** The first hidden character of a text, as « U+202E », or undefined when there is none. */
export function firstHiddenCharacter(text: string, lineBreaks: boolean): string | undefined {
  for (const c of text) {
    const code = c.codePointAt(0) ?? 0;
    if (isHiddenCharacter(code, lineBreaks)) return codePointLabel(code);
  }
  return undefined;
}

/** The first character of a text drawn as nothing (see INVISIBLE), as « U+200B », or undefined when there is none. */
export function firstInvisibleCharacter(text: string): string | undefined {
  for (const c of text) if (INVISIBLE.test(c)) return codePointLabel(c.codePointAt(0) ?? 0);
  return undefined;
}
