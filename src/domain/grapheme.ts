/** Characters as the user sees them: a flag, a family emoji, « é » typed as e + accent are one each. */
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The characters of `text` as the user sees them, each whole (a family emoji is one, not five code points). */
export const charactersOf = (text: string): string[] => Array.from(graphemes.segment(text), (s) => s.segment);

/** How many characters the user sees: 🎉, a flag, « é » typed as e + accent count one each (not UTF-16 units). */
export const visibleLength = (text: string): number => [...graphemes.segment(text.normalize('NFC'))].length;

/** The whole character the user sees around the UTF-16 position `index` of `text` (🇫🇷 for the 🇫 of it). */
export function graphemeAt(text: string, index: number): string {
  return graphemes.segment(text).containing(index)?.segment ?? text.slice(index, index + 1);
}

/**
 * The longest start of `text` made of whole characters as the user sees them and at most `max` code points:
 * a cut never splits an emoji, a flag or an accented letter.
 */
export function firstCharacters(text: string, max: number): string {
  let kept = '';
  let count = 0;
  for (const { segment } of graphemes.segment(text)) {
    const size = [...segment].length;
    if (count + size > max) break;
    kept += segment;
    count += size;
  }
  return kept;
}
