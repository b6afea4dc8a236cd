import fc from 'fast-check';
import { PDFDocument, StandardFonts, type PDFFont } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDevisPdf } from '../../src/ui/devis-pdf';
import { widthOf, wrapParagraph } from '../../src/ui/devis-pdf-wrap';
import { aDevis, DEVIS_CUSTOMER } from './devis-fixtures';
import { readPdfText } from './devis-pdf-text';

/** The customer's half of the parties block, in points: the A4 width less two 15 mm margins and the 18 pt gutter, halved. */
const CUSTOMER_COLUMN = (595.28 - (2 * 15 * 72) / 25.4 - 18) / 2;
const SIZE = 9;

let helvetica: PDFFont;
beforeAll(async () => {
  helvetica = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
});
const wrap = (text: string, width = CUSTOMER_COLUMN) => wrapParagraph(text, width, helvetica, SIZE);

describe('a word too wide for its line', () => {
  it.each([
    ['an English e-mail', 'Email: procurement.department.europe@michelin-group.example.com', ['Email: procurement.department.europe@michelin-group.', 'example.com']],
    [
      'a French e-mail', 'E-mail\u00A0: anne-sophie.chateau-renaud@systemes-information-interministeriels.gouv.fr',
      ['E-mail\u00A0: anne-sophie.chateau-renaud@systemes-information-', 'interministeriels.gouv.fr'],
    ],
    [
      'an e-mail whose domain starts a line', 'E-mail\u00A0: direction.systemes-information.achats-publics@grandlyon-metropole.example',
      ['E-mail\u00A0: direction.systemes-information.achats-publics', '@grandlyon-metropole.example'],
    ],
  ])('is cut at the last break point that fits, its start beside the label: %s', (_, text, lines) => {
    expect(wrap(text)).toEqual(lines);
  });

  it('starts a line of its own when no break point fits beside the words before it, and is cut there', () => {
    const name = 'a'.repeat(45);
    expect(wrap(`Email: ${name}@michelin-group.example.com`)).toEqual(['Email:', name, '@michelin-group.example.com']);
  });

  it('is cut between characters only on a line where no break point fits', () => {
    const word = 'x'.repeat(120);
    const lines = wrap(`Contact: ${word}`);
    expect(lines[0]).toBe('Contact:');
    expect(lines.slice(1).join('')).toBe(word);
    expect(lines.slice(1, -1).every((l) => !fitsWith(l, 'x', CUSTOMER_COLUMN))).toBe(true);
  });

  it('is cut between characters, each line full, when asked (the share link, which must copy whole)', () => {
    const link = 'https://configurateur.collabnext.fr/#1vgFDEsAEJEQo0MoglFRZiKl2LS7LSdeVLtIMjIATTA3rdr';
    const lines = wrapParagraph(link, 200, helvetica, SIZE, 'betweenCharacters');
    expect(lines.join('')).toBe(link);
    expect(lines.length).toBe(2);
    expect(fitsWith(lines[0] ?? '', link.charAt(lines[0]?.length ?? 0), 200)).toBe(false);
  });
});

/** Whether `line` with `more` after it still fits `width` points. */
const fitsWith = (line: string, more: string, width: number) => widthOf(helvetica, line + more, SIZE) <= width;

describe('wrapping any text', () => {
  const text = fc.array(fc.stringMatching(/^[a-z.@/_-]{0,60}$/), { minLength: 1, maxLength: 8 }).map((words) => words.join(' '));
  it('keeps every character, in order, and every line of more than one character within the width', () => {
    fc.assert(fc.property(text, fc.integer({ min: 20, max: 300 }), (t, width) => {
      const lines = wrap(t, width);
      expect(lines.join('').replace(/ /g, '')).toBe(t.replace(/ /g, ''));
      for (const line of lines) if ([...line].length > 1) expect(widthOf(helvetica, line, SIZE)).toBeLessThanOrEqual(width);
    }));
  });
});

describe.each([
  ['en', 'procurement.department.europe@michelin-group.example.com', ['Email: procurement.department.europe@michelin-group.', 'example.com']],
  ['fr', 'anne-sophie.chateau-renaud@systemes-information-interministeriels.gouv.fr', ['E-mail : anne-sophie.chateau-renaud@systemes-information-', 'interministeriels.gouv.fr']],
] as const)('the PDF devis (%s) of a customer with a long e-mail', (lang, email, printed) => {
  it('prints the label and the start of the address on one line, the rest cut after a dot or a hyphen', async () => {
    const { pages } = await readPdfText(await renderDevisPdf(aDevis({ lang, customer: { ...DEVIS_CUSTOMER, email } })));
    const lines = (pages[0] ?? '').split('\n').filter((l) => l !== '');
    const at = lines.indexOf(printed[0]);
    expect(at, lines.join(' | ')).toBeGreaterThanOrEqual(0);
    expect(lines.slice(at, at + printed.length)).toEqual(printed);
  });
});
