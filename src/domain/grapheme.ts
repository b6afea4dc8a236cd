/** Characters as the user sees them: a flag, a family emoji, « é » typed as e + accent are one each. */
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The whole character the user sees around the UTF-16 position `index` of `text` (🇫🇷 for the 🇫 of it). */
export function graphemeAt(text: string, index: number): string {
  return graphemes.segment(text).containing(index)?.segment ?? text.slice(index, index + 1);
}
