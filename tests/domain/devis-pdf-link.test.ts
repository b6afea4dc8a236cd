import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { renderDevisPdf } from '../../src/ui/devis-pdf';
import { aDevis } from './devis-fixtures';
import { readPdfPlacedText } from './devis-pdf-text';

const pdfjsFolder = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

interface LinkArea {
  page: number;
  url: string | undefined;
  rect: number[];
}

/** Every link annotation of a PDF as pdf.js (Mozilla's reader) opens it: its page (from 1), address and rectangle. */
async function readLinks(bytes: Uint8Array): Promise<LinkArea[]> {
  const pdf = await getDocument({ data: bytes.slice(), standardFontDataUrl: `${join(pdfjsFolder, 'standard_fonts')}/`, verbosity: 0 }).promise;
  const links: LinkArea[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    for (const a of (await (await pdf.getPage(n)).getAnnotations()) as { subtype: string; url?: string; rect: number[] }[]) {
      if (a.subtype === 'Link') links.push({ page: n, url: a.url, rect: a.rect });
    }
  }
  await pdf.destroy();
  return links;
}

/** The PDF of the default bundle's devis with `shareLink` as its configuration's link. */
const pdfWith = (shareLink: string) => renderDevisPdf({ ...aDevis(), shareLink });

/** The printed pieces of text that are parts of `link`, in order (each printed line of the link). */
async function printedLines(bytes: Uint8Array, link: string): Promise<string[]> {
  const pages = await readPdfPlacedText(bytes);
  return pages.flat().map((t) => t.str).filter((s) => s.length >= 4 && link.includes(s) && /[#/:]|^[\w-]{4,}$/.test(s) && !/\s/.test(s));
}

const CODE = '1vgFDEsAEJEQo0MoglFRZiKl2LS7LSdeVLtIMjIATTA3rdr';

describe('the configuration link on the devis PDF', () => {
  it.each([
    ['the QA’s local address', `http://127.0.0.1:4393/#${CODE}`],
    ['a real domain (84 characters)', `https://configurateur.collabnext.fr/#${CODE}`],
  ])('is printed whole on one line and is one clickable link to the whole address: %s', async (_, link) => {
    const bytes = await pdfWith(link);
    expect(await printedLines(bytes, link)).toEqual([link]);
    const links = await readLinks(bytes);
    expect(links).toHaveLength(1);
    expect(links[0]?.url).toBe(link);
    // the rectangle covers the printed line: wider than tall, inside the page
    const [left = 0, bottom = 0, right = 0, top = 0] = links[0]?.rect ?? [];
    expect(right - left).toBeGreaterThan(10 * (top - bottom));
    expect(left).toBeGreaterThan(0);
    expect(right).toBeLessThan(595.28);
  });

  it('QA: a link too long for the terms’ column (131 characters; 95 and 110 were cut in two) goes across the page, whole on one line', async () => {
    const link = `https://configurateur.collabnext.fr/#${CODE.repeat(2)}`;
    const bytes = await pdfWith(link);
    expect(await printedLines(bytes, link)).toEqual([link]);
    const [left = 0, , right = 0] = (await readLinks(bytes))[0]?.rect ?? [];
    // wider than the terms' column (three fifths of the 510 points between the margins)
    expect(right - left).toBeGreaterThan(320);
  });

  it('a link too long for one line even across the page is cut only where needed, each printed line a link to the whole address', async () => {
    const link = `https://configurateur.collabnext.fr/#${CODE.repeat(4)}`;
    const bytes = await pdfWith(link);
    const lines = await printedLines(bytes, link);
    expect(lines.join('')).toBe(link);
    expect(lines.length).toBe(2);
    const links = await readLinks(bytes);
    expect(links.map((l) => l.url)).toEqual([link, link]);
    // one rectangle per printed line, one under the other
    const [first, second] = links.map((l) => l.rect);
    expect(second?.[3] ?? Infinity).toBeLessThanOrEqual(first?.[1] ?? -Infinity);
  });

  it('an address with parentheses or non-ASCII characters still opens as written (escaped, percent-encoded)', async () => {
    const links = await readLinks(await pdfWith('https://exemple.fr/a(b)/é#x'));
    expect(links.map((l) => l.url)).toEqual(['https://exemple.fr/a(b)/%C3%A9#x']);
  });
});
