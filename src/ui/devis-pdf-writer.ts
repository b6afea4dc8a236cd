import { PDFString, rgb, type PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';
import { LINK_SMALLEST, PAGE, SIZE, type Frame } from './devis-pdf-page';
import { fittedSize, missingIn, printableIn, widthOf, wrapParagraph } from './devis-pdf-wrap';

const INK = rgb(0.1, 0.12, 0.17);
const SOFT = rgb(0.38, 0.41, 0.48);
const LINE = rgb(0.75, 0.78, 0.83);
const LINK = rgb(0.05, 0.25, 0.6);

/**
 * How tightly the devis is set: `compact` is tried when the `normal` setting runs onto a second page,
 * and kept when it saves one (the same 9 pt text, with less air between lines and blocks).
 */
export type Density = 'normal' | 'compact';

/** Height of a line of text, as a multiple of its size. */
const LEADING: Record<Density, number> = { normal: 1.25, compact: 1.14 };
/** The share of each gap between blocks, and of the signature box's height, kept. */
const AIR: Record<Density, number> = { normal: 1, compact: 0.5 };
const SIGNATURE_BOX: Record<Density, number> = { normal: 1, compact: 0.75 };

export interface TextStyle {
  size?: number;
  bold?: boolean;
  soft?: boolean;
  align?: 'left' | 'right';
}

/** Text placed `x` points from the left of the current frame, wrapped in `width` points. */
export interface Cell extends TextStyle {
  text: string;
  x: number;
  width: number;
}

/** Where a block kept whole landed: its first and last pages (from 1), its top and bottom in points from the foot of the page. */
export interface Placement {
  block: string;
  page: number;
  lastPage: number;
  top: number;
  bottom: number;
}

type Draw = (pdf: PdfWriter) => void;

/**
 * A URI as a PDF literal string's content: 7-bit ASCII (a space or anything else percent-encoded as UTF-8, a lone
 * surrogate as U+FFFD), backslashes and parentheses escaped (pdf-lib writes a string's content as it is given).
 */
function uriString(url: string): string {
  return url.replace(/\p{Cs}/gu, '\uFFFD').replace(/[^\x21-\x7E]/gu, (c) => encodeURIComponent(c)).replace(/[\\()]/g, '\\$&');
}

/** A top-down cursor over pages: writes wrapped text, rows of cells and rules, and opens a page when one is full. */
/** Space between columns side by side, in points. */
const GUTTER = 18;

export class PdfWriter {
  private page: PDFPage;
  private y = PAGE.top;
  /** True while a block is measured: nothing is drawn and no page is opened. */
  private dry = false;
  private frame: Frame = { x: PAGE.left, width: PAGE.contentWidth };
  private readonly known: Set<number>;
  /** The blocks kept whole, in the order they were written. */
  readonly placed: Placement[] = [];

  constructor(
    private readonly doc: PDFDocument,
    private readonly fonts: { regular: PDFFont; bold: PDFFont },
    private readonly density: Density = 'normal',
  ) {
    this.page = doc.addPage([PAGE.width, PAGE.height]);
    this.known = new Set(fonts.regular.getCharacterSet());
  }

  /** Only what the devis's font holds (devis-pdf-fonts); anything else prints as "?". */
  printable(text: string): string {
    return printableIn(this.known, text);
  }

  /** The characters of `text` the devis's font lacks, each once: printed as "?". */
  missing(text: string): string[] {
    return missingIn(this.known, text);
  }

  private font(style: TextStyle): PDFFont {
    return style.bold ? this.fonts.bold : this.fonts.regular;
  }

  /** The width of a line of text as it is drawn, in points. */
  textWidth(text: string, style: TextStyle = {}): number {
    return widthOf(this.font(style), this.printable(text), style.size ?? SIZE.body);
  }

  /** Splits text into lines no wider than `width`, keeping its line breaks; a word alone too wide (an e-mail address) is cut at its dots, hyphens… */
  wrap(text: string, width: number, style: TextStyle = {}): string[] {
    return text.split(/\r?\n/).flatMap((paragraph) => wrapParagraph(this.printable(paragraph), width, this.font(style), style.size ?? SIZE.body));
  }

  /** Whether `height` points are left above the footer of the current page (always, while measuring). */
  fits(height: number): boolean {
    return this.dry || this.y - height >= PAGE.bottom;
  }

  newPage(): void {
    if (this.dry) return;
    this.page = this.doc.addPage([PAGE.width, PAGE.height]);
    this.y = PAGE.top;
  }

  /** Opens a new page when less than `height` points are left above the footer. */
  ensure(height: number): void {
    if (!this.fits(height)) this.newPage();
  }

  gap(points: number): void {
    this.y -= points * AIR[this.density];
  }

  /** The height `draw` would take, in points; nothing is drawn. */
  measure(draw: Draw): number {
    const { y, dry } = this;
    this.dry = true;
    this.y = 0;
    draw(this);
    const height = -this.y;
    this.y = y;
    this.dry = dry;
    return height;
  }

  /** Writes `draw` on one page, opening a new page first if it does not fit what is left of this one. */
  keepTogether(block: string, draw: Draw): void {
    const height = this.measure(draw);
    if (height <= PAGE.bodyHeight) this.ensure(height);
    const top = this.y;
    const page = this.doc.getPageCount();
    draw(this);
    if (!this.dry) this.placed.push({ block, page, lastPage: this.doc.getPageCount(), top, bottom: this.y });
  }

  /** Blocks side by side, kept on one page, in columns sharing the width as `shares` say (equally unless told); one after the other if they would not fit a page. */
  beside(parts: readonly Draw[], shares: readonly number[] = parts.map(() => 1), gutter = GUTTER): void {
    const outer = this.frame;
    let x = outer.x;
    const frames = this.columnWidths(shares, gutter).map((width) => {
      const frame = { x, width };
      x += width + gutter;
      return frame;
    });
    const height = Math.max(...parts.map((draw, i) => this.within(frames[i] ?? outer, () => this.measure(draw))));
    if (height > PAGE.bodyHeight) {
      for (const draw of parts) draw(this);
      return;
    }
    this.ensure(height);
    const top = this.y;
    parts.forEach((draw, i) => this.within(frames[i] ?? outer, () => {
      this.y = top;
      draw(this);
    }));
    this.y = top - height;
  }

  private within<T>(frame: Frame, act: () => T): T {
    const outer = this.frame;
    this.frame = frame;
    try {
      return act();
    } finally {
      this.frame = outer;
    }
  }

  /** The widths of the columns `beside` makes of the current frame with these shares, in points. */
  columnWidths(shares: readonly number[], gutter = GUTTER): number[] {
    const free = this.frame.width - gutter * (shares.length - 1);
    const total = shares.reduce((a, b) => a + b, 0);
    return shares.map((share) => (free * share) / total);
  }

  /** Whether `link` holds on one line `width` points wide at the smallest size `link` sets it. */
  linkFits(url: string, width: number): boolean {
    return widthOf(this.fonts.regular, this.printable(url), LINK_SMALLEST) <= width;
  }

  /** Width of the current frame (the content width, or a column's), in points. */
  get width(): number {
    return this.frame.width;
  }

  /** A row of cells, each wrapped in its width; the row is as tall as its tallest cell and never split across pages. */
  row(cells: readonly Cell[]): void {
    const wrapped = cells.map((cell) => ({ cell, lines: this.wrap(cell.text, cell.width, cell) }));
    const leading = (cell: Cell) => (cell.size ?? SIZE.body) * LEADING[this.density];
    const height = Math.max(...wrapped.map(({ cell, lines }) => lines.length * leading(cell)));
    this.ensure(height);
    if (!this.dry) {
      for (const { cell, lines } of wrapped) {
        const font = this.font(cell);
        const size = cell.size ?? SIZE.body;
        const left = this.frame.x + cell.x;
        lines.forEach((line, i) => {
          const x = cell.align === 'right' ? left + cell.width - widthOf(font, line, size) : left;
          this.page.drawText(line, { x, y: this.y - size - i * leading(cell), size, font, color: cell.soft ? SOFT : INK });
        });
      }
    }
    this.y -= height;
  }

  /** A paragraph across the whole frame. */
  paragraph(text: string, style: TextStyle = {}): void {
    this.row([{ ...style, text, x: 0, width: this.frame.width }]);
  }

  /**
   * A web address across the frame, clickable: on one line at the largest size from the body's down to LINK_SMALLEST
   * that holds it (so that copying it gives it whole), cut between characters only where even that does not. Each
   * printed line is a link annotation to the whole address.
   */
  link(url: string): void {
    const text = this.printable(url);
    const font = this.fonts.regular;
    const size = fittedSize(font, text, this.frame.width, SIZE.body, LINK_SMALLEST);
    const lines = wrapParagraph(text, this.frame.width, font, size, 'betweenCharacters');
    const leading = size * LEADING[this.density];
    this.ensure(lines.length * leading);
    if (!this.dry) {
      lines.forEach((line, i) => {
        const top = this.y - i * leading;
        const width = widthOf(font, line, size);
        this.page.drawText(line, { x: this.frame.x, y: top - size, size, font, color: LINK });
        this.annotateLink(url, [this.frame.x, top - leading, this.frame.x + width, top]);
      });
    }
    this.y -= lines.length * leading;
  }

  /** A link annotation over `rect` ([left, bottom, right, top] in points) opening `url`, without a border. */
  private annotateLink(url: string, rect: [number, number, number, number]): void {
    const { context } = this.doc;
    const annotation = context.obj({
      Type: 'Annot', Subtype: 'Link', Rect: rect, Border: [0, 0, 0],
      A: { Type: 'Action', S: 'URI', URI: PDFString.of(uriString(url)) },
    });
    this.page.node.addAnnot(context.register(annotation));
  }

  rule(): void {
    this.ensure(6);
    this.y -= 3;
    if (!this.dry) this.page.drawLine({ start: { x: this.frame.x, y: this.y }, end: { x: this.frame.x + this.frame.width, y: this.y }, thickness: 0.5, color: LINE });
    this.y -= 3;
  }

  /** An empty framed box across the frame (the signature area). */
  box(fullHeight: number): void {
    const height = fullHeight * SIGNATURE_BOX[this.density];
    this.ensure(height);
    if (!this.dry) this.page.drawRectangle({ x: this.frame.x, y: this.y - height, width: this.frame.width, height, borderColor: LINE, borderWidth: 0.8 });
    this.y -= height;
  }

  /** Writes "label — page n / N" at the foot of every page, once all pages exist. */
  footers(text: (page: number, pages: number) => string): void {
    const pages = this.doc.getPages();
    pages.forEach((page, i) => {
      page.drawText(this.printable(text(i + 1, pages.length)), { x: PAGE.left, y: PAGE.footerBaseline, size: SIZE.footer, font: this.fonts.regular, color: SOFT });
    });
  }
}
