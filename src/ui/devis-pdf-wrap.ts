import type { PDFFont } from 'pdf-lib';
import { charactersOf } from '../domain/grapheme';

/** Space-like characters the standard fonts lack (Intl puts U+202F in French amounts) become a no-break space. */
const SPACES = /[\u2007\u2009\u202F]/g;

/** Invisible characters that shape the text around them (joiners, direction marks, soft hyphens, variation selectors). */
const INVISIBLE = /[\p{Cf}\uFE00-\uFE0F]/gu;

/** Whether the font holds every code point of `text`. */
const holdsAll = (known: ReadonlySet<number>, text: string) => [...text].every((c) => known.has(c.codePointAt(0) ?? 0));

/**
 * The text's characters as the reader sees them (a family emoji, whose joiners are invisible; a flag), each as it is
 * printed, and whether the font lacks it: cut into characters before the invisible ones are taken out.
 */
const printedCharacters = (known: ReadonlySet<number>, text: string) =>
  charactersOf(text.normalize('NFC')).map((character) => {
    const shown = printableText(character);
    return { character, shown, lacking: !holdsAll(known, shown) };
  });

/**
 * Only what the font holds (Helvetica's WinAnsi: accents, €, « », ’; or the wide font: devis-pdf-fonts); anything else prints as "?",
 * one for each character the reader sees as one. Composed first (« e » + accent is « é », which the font has); invisible
 * characters print as nothing, not as a "?" the reader sees but the writer never typed.
 */
export function printableIn(known: ReadonlySet<number>, text: string): string {
  const printable = printableText(text);
  if (holdsAll(known, printable)) return printable;
  return printedCharacters(known, text).map(({ shown, lacking }) => (lacking ? '?' : shown)).join('');
}

/**
 * The characters of `text` the font lacks, each once and as the reader sees it (a flag, not its two letters): they print
 * as "?". Cut into characters only when some code point is missing: cutting a whole devis took 11 ms, twice per PDF.
 */
export function missingIn(known: ReadonlySet<number>, text: string): string[] {
  if (holdsAll(known, printableText(text))) return [];
  return [...new Set(printedCharacters(known, text).filter(({ lacking }) => lacking).map(({ character }) => character))];
}

/** The text as it is to be printed, before a font is chosen: composed, invisible characters out, spaces a font has. */
export const printableText = (text: string): string => text.normalize('NFC').replace(INVISIBLE, '').replace(SPACES, '\u00A0').replace(/\t/g, ' ');

/** Width of each character at size 1, by font. */
const advances = new WeakMap<PDFFont, Map<string, number>>();

/**
 * Width of `text` in points as a viewer draws it: the sum of its characters' widths. pdf-lib's own measure
 * subtracts kerning that `drawText` never applies, so right-aligned text measured with it overran its column.
 */
export function widthOf(font: PDFFont, text: string, size: number): number {
  let known = advances.get(font);
  if (!known) advances.set(font, (known = new Map()));
  let width = 0;
  for (const char of text) {
    let advance = known.get(char);
    if (advance === undefined) known.set(char, (advance = font.widthOfTextAtSize(char, 1)));
    width += advance;
  }
  return width * size;
}

/**
 * Where a word too wide for any line is cut: at a break point a reader expects (after `.`, `-`, `_` or `/`, before `@`:
 * an e-mail address, a domain, a path), or between any two characters.
 */
export type WordBreak = 'natural' | 'betweenCharacters';

/** The positions inside `word` after which it may be cut naturally, first to last. */
function naturalBreaks(word: string): number[] {
  const chars = [...word];
  const at: number[] = [];
  let end = 0;
  chars.forEach((char, i) => {
    end += char.length;
    const next = chars[i + 1];
    if (next !== undefined && ('.-_/'.includes(char) || next === '@')) at.push(end);
  });
  return at;
}

/** The longest start of `word` ending at a natural break point that `fits`, if any. */
function naturalHead(word: string, fits: (s: string) => boolean): string | undefined {
  return naturalBreaks(word).map((end) => word.slice(0, end)).filter(fits).at(-1);
}

/** The longest start of `word` that `fits`, cut between characters; one character at least, so the cutting ends. */
function characterHead(word: string, fits: (s: string) => boolean): string {
  let head = '';
  for (const char of word) {
    if (head !== '' && !fits(head + char)) break;
    head += char;
  }
  return head;
}

/**
 * Splits a paragraph into lines no wider than `width` points. A word alone too wide for a line is cut where `cut` says;
 * cut naturally, its start shares the line of the words before it when it fits there (« E-mail : anne-sophie. »), as the
 * print sheet's `overflow-wrap` does, and is cut between characters only on a line where no break point fits.
 */
export function wrapParagraph(text: string, width: number, font: PDFFont, size: number, cut: WordBreak = 'natural'): string[] {
  const fits = (s: string) => widthOf(font, s, size) <= width;
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (fits(candidate)) current = candidate;
    else if (fits(word)) {
      lines.push(current);
      current = word;
    } else {
      let rest = word;
      if (current !== '') {
        const shared = cut === 'natural' ? naturalHead(rest, (head) => fits(`${current} ${head}`)) : undefined;
        lines.push(shared === undefined ? current : `${current} ${shared}`);
        rest = rest.slice(shared?.length ?? 0);
      }
      while (rest !== '' && !fits(rest)) {
        const head = (cut === 'natural' ? naturalHead(rest, fits) : undefined) ?? characterHead(rest, fits);
        lines.push(head);
        rest = rest.slice(head.length);
      }
      current = rest;
    }
  }
  if (current !== '' || lines.length === 0) lines.push(current);
  return lines;
}

/**
 * The size at which `text` fits one line `width` points wide: the largest from `largest` down to `smallest`, by half
 * points; `smallest` when even that does not fit (the text is then cut between characters, by wrapParagraph).
 */
export function fittedSize(font: PDFFont, text: string, width: number, largest: number, smallest: number): number {
  const exact = width / Math.max(widthOf(font, text, 1), Number.MIN_VALUE);
  return Math.max(smallest, Math.min(largest, Math.floor(exact * 2) / 2));
}
