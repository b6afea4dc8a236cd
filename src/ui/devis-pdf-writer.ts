import { rgb, type PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';

/** A4 in PDF points, with the margins of a business letter. */
export const PAGE = { width: 595.28, height: 841.89, margin: 42, footer: 30 } as const;
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;

const INK = rgb(0.1, 0.12, 0.17);
const SOFT = rgb(0.38, 0.41, 0.48);
const LINE = rgb(0.75, 0.78, 0.83);

/** Space-like characters the standard fonts lack (Intl puts U+202F in French amounts) become a no-break space. */
const SPACES = /[\u2007\u2009\u202F]/g;

export interface TextStyle {
  size?: number;
  bold?: boolean;
  soft?: boolean;
  align?: 'left' | 'right';
}

export interface Cell extends TextStyle {
  text: string;
  x: number;
  width: number;
}

/** A top-down cursor over pages: writes wrapped text, rows of cells and rules, and opens a page when one is full. */
export class PdfWriter {
  private page: PDFPage;
  private y: number;
  private readonly known: Set<number>;

  constructor(private readonly doc: PDFDocument, private readonly fonts: { regular: PDFFont; bold: PDFFont }) {
    this.page = doc.addPage([PAGE.width, PAGE.height]);
    this.y = PAGE.height - PAGE.margin;
    this.known = new Set(fonts.regular.getCharacterSet());
  }

  /** Only what the standard fonts' WinAnsi encoding holds (accents, €, « », ’ are in it); anything else prints as "?". */
  printable(text: string): string {
    return [...text.replace(SPACES, '\u00A0').replace(/\t/g, ' ')].map((c) => (this.known.has(c.codePointAt(0) ?? 0) ? c : '?')).join('');
  }

  private font(style: TextStyle): PDFFont {
    return style.bold ? this.fonts.bold : this.fonts.regular;
  }

  /** Splits text into lines no wider than `width`, keeping its line breaks; a word alone too wide (a link) is cut. */
  wrap(text: string, width: number, style: TextStyle = {}): string[] {
    return text.split(/\r?\n/).flatMap((paragraph) => this.wrapParagraph(paragraph, width, style));
  }

  private wrapParagraph(text: string, width: number, style: TextStyle): string[] {
    const font = this.font(style);
    const size = style.size ?? 9;
    const fits = (s: string) => font.widthOfTextAtSize(s, size) <= width;
    const lines: string[] = [];
    let current = '';
    for (const word of this.printable(text).split(' ')) {
      const candidate = current === '' ? word : `${current} ${word}`;
      if (fits(candidate)) current = candidate;
      else {
        if (current !== '') lines.push(current);
        current = '';
        for (const char of word) {
          if (!fits(current + char)) {
            lines.push(current);
            current = '';
          }
          current += char;
        }
      }
    }
    if (current !== '' || lines.length === 0) lines.push(current);
    return lines;
  }

  /** Opens a new page when less than `height` points are left above the footer. */
  ensure(height: number): void {
    if (this.y - height >= PAGE.margin + PAGE.footer) return;
    this.page = this.doc.addPage([PAGE.width, PAGE.height]);
    this.y = PAGE.height - PAGE.margin;
  }

  gap(points: number): void {
    this.y -= points;
  }

  /** A row of cells, each wrapped in its width; the row is as tall as its tallest cell and never split across pages. */
  row(cells: readonly Cell[]): void {
    const wrapped = cells.map((cell) => ({ cell, lines: this.wrap(cell.text, cell.width, cell) }));
    const leading = (cell: Cell) => (cell.size ?? 9) * 1.3;
    const height = Math.max(...wrapped.map(({ cell, lines }) => lines.length * leading(cell)));
    this.ensure(height);
    for (const { cell, lines } of wrapped) {
      const font = this.font(cell);
      const size = cell.size ?? 9;
      lines.forEach((line, i) => {
        const x = cell.align === 'right' ? cell.x + cell.width - font.widthOfTextAtSize(line, size) : cell.x;
        this.page.drawText(line, { x, y: this.y - size - i * leading(cell), size, font, color: cell.soft ? SOFT : INK });
      });
    }
    this.y -= height;
  }

  /** A paragraph across the whole content width. */
  paragraph(text: string, style: TextStyle = {}): void {
    this.row([{ ...style, text, x: PAGE.margin, width: CONTENT_WIDTH }]);
  }

  rule(): void {
    this.ensure(6);
    this.y -= 3;
    this.page.drawLine({ start: { x: PAGE.margin, y: this.y }, end: { x: PAGE.width - PAGE.margin, y: this.y }, thickness: 0.5, color: LINE });
    this.y -= 3;
  }

  /** An empty framed box (the signature area). */
  box(height: number, width = CONTENT_WIDTH / 2): void {
    this.ensure(height);
    this.page.drawRectangle({ x: PAGE.width - PAGE.margin - width, y: this.y - height, width, height, borderColor: LINE, borderWidth: 0.8 });
    this.y -= height;
  }

  /** Writes "label — page n / N" at the foot of every page, once all pages exist. */
  footers(text: (page: number, pages: number) => string): void {
    const pages = this.doc.getPages();
    pages.forEach((page, i) => {
      page.drawText(this.printable(text(i + 1, pages.length)), { x: PAGE.margin, y: PAGE.margin - 8, size: 7.5, font: this.fonts.regular, color: SOFT });
    });
  }
}
