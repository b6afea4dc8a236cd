const NO_BREAK = '\u00A0';
const NARROW_NO_BREAK = '\u202F';

/**
 * French typography for text written with ordinary spaces and straight apostrophes: a no-break
 * space before « : » and inside « », a narrow no-break space before « ; ! ? », the typographic
 * apostrophe ’ between letters, a narrow no-break space between a number and « % » and between the
 * groups of a number written « 5 000 » (as Intl writes them). Meant for templates and catalog texts, never for what a user typed;
 * applying it twice changes nothing. A colon with no space before it (an address, a time) is left alone.
 */
export function frenchTypography(text: string): string {
  return text
    .replace(/(\p{L})'(?=\p{L})/gu, '$1’')
    .replace(/[ \u00A0\u202F]+:/g, `${NO_BREAK}:`)
    .replace(/[ \u00A0\u202F]+([;!?])/g, `${NARROW_NO_BREAK}$1`)
    .replace(/«[ \u00A0\u202F]*/g, `«${NO_BREAK}`)
    .replace(/[ \u00A0\u202F]*»/g, `${NO_BREAK}»`)
    .replace(/(\d) %/g, `$1${NARROW_NO_BREAK}%`)
    .replace(/(\d)[ \u00A0](?=\d{3}(?!\d))/g, `$1${NARROW_NO_BREAK}`);
}

/**
 * French typography for a catalog text (a module's name or description, a rule's message): also a
 * no-break space between a number and the word after it, so « 50 Go », « 10 ans » or « 4 vCPU » never
 * break across lines. Not for templates, whose numbers are filled in later.
 */
export function frenchCatalogTypography(text: string): string {
  return frenchTypography(text).replace(/(\d) (?=\p{L})/gu, `$1${NO_BREAK}`);
}

/** French typography on French text, English left as written: for text worded in a given language. */
export function typesetIn(lang: 'fr' | 'en', text: string): string {
  return lang === 'fr' ? frenchTypography(text) : text;
}

/** The first letter in lower case, for a sentence embedded after a colon (« ne peut pas être ouvert : le lien… »). */
export function lowerFirst(sentence: string): string {
  return sentence.replace(/^\p{Lu}(?!\p{Lu})/u, (c) => c.toLowerCase());
}
