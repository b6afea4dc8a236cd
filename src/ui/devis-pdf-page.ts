/** PDF points in a millimetre. */
const MM = 72 / 25.4;

const WIDTH = 595.28;
const HEIGHT = 841.89;
/** Every side of the page, footer included, keeps this white margin (15 mm, in points). */
const MARGIN = 15 * MM;
/** Room kept at the foot of each page for its "page n / N" line, in points. */
const FOOTER = 16;

/** The A4 sheet of the devis PDF, in points from its bottom-left corner. */
export const PAGE = {
  width: WIDTH,
  height: HEIGHT,
  left: MARGIN,
  contentWidth: WIDTH - 2 * MARGIN,
  /** Where the first line of a page starts. */
  top: HEIGHT - MARGIN,
  /** The lowest a line of the body may go: the footer sits below it. */
  bottom: MARGIN + FOOTER,
  bodyHeight: HEIGHT - 2 * MARGIN - FOOTER,
  footerBaseline: MARGIN + 2,
} as const;

/** Font sizes in points: no body text under 9 pt, so the devis reads without a magnifier once printed. */
export const SIZE = { title: 20, section: 11, heading: 10, body: 9, footer: 8 } as const;

/** A web address is set smaller rather than cut (a cut link copies broken): at the body's size down to this one, in points. */
export const LINK_SMALLEST = 7;

/** A column of the page the writer writes into: its left edge and width, in points. */
export interface Frame {
  x: number;
  width: number;
}
