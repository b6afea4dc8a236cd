import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const pdfjsFolder = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** Every space-like character (no-break, narrow no-break) as a plain space, so texts compare as a reader sees them. */
export const plainSpaces = (text: string) => text.replace(/[\u00A0\u202F\u2009\u2007]/g, ' ');

/** The text of a PDF read back with pdf.js (Mozilla's reader), one string per page, items joined by line breaks. */
export async function readPdfText(bytes: Uint8Array): Promise<{ pages: string[]; title: string | undefined }> {
  const pdf = await getDocument({ data: bytes.slice(), standardFontDataUrl: `${join(pdfjsFolder, 'standard_fonts')}/`, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(plainSpaces(content.items.map((item) => ('str' in item ? item.str : '')).join('\n')));
  }
  const { info } = await pdf.getMetadata();
  await pdf.destroy();
  return { pages, title: (info as { Title?: string }).Title };
}

/** A piece of text as pdf.js places it: from the bottom-left corner of the page, in points. */
export interface PlacedText {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** Every piece of text of each page, in the order it is drawn, with its position and font size. */
export async function readPdfPlacedText(bytes: Uint8Array): Promise<PlacedText[][]> {
  const pdf = await getDocument({ data: bytes.slice(), standardFontDataUrl: `${join(pdfjsFolder, 'standard_fonts')}/`, verbosity: 0 }).promise;
  const pages: PlacedText[][] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.flatMap((item) => ('str' in item && item.str.trim() !== ''
      ? [{ str: plainSpaces(item.str), x: item.transform[4] as number, y: item.transform[5] as number, width: item.width, size: Math.hypot(item.transform[0] as number, item.transform[1] as number) }]
      : [])));
  }
  await pdf.destroy();
  return pages;
}
