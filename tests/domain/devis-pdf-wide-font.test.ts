import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { devisPdfFile, renderDevisPdf } from '../../src/ui/devis-pdf';
import type { WideFontFiles } from '../../src/ui/devis-pdf-fonts';
import { aDevis, DEVIS_CUSTOMER } from './devis-fixtures';
import { readPdfText } from './devis-pdf-text';

/** The font files as the app serves them (public/fonts), counting how often they are asked for. */
function wideFontsFromDisk(): { files: WideFontFiles; asked: () => number } {
  let asked = 0;
  const file = (name: string) => new Uint8Array(readFileSync(new URL(`../../public/fonts/${name}`, import.meta.url)));
  return {
    files: async () => {
      asked += 1;
      return { regular: file('DejaVuSansCondensed.ttf'), bold: file('DejaVuSansCondensed-Bold.ttf') };
    },
    asked: () => asked,
  };
}

const EASTERN = { company: 'Łódź Zażółć sp. z o.o.', contactName: 'Ἀλέξανδρος Иванов', address: 'Οδός Ερμού 1, 105 63 Αθήνα, Ελλάδα' };

describe('the PDF prints customer details the standard fonts cannot (Polish, Greek, Cyrillic)', () => {
  it.each(['fr', 'en'] as const)('as typed, with the wide font embedded (%s)', async (lang) => {
    const wide = wideFontsFromDisk();
    const bytes = await renderDevisPdf(aDevis({ lang, customer: { ...DEVIS_CUSTOMER, ...EASTERN } }), wide.files);
    const text = (await readPdfText(bytes)).pages.join('\n');
    for (const value of Object.values(EASTERN)) expect(text.replace(/\s+/g, ' ')).toContain(value.normalize('NFC'));
    expect(text).not.toContain('?ód?');
    expect(wide.asked()).toBeGreaterThan(0);
  });

  it('an emoji or Chinese alone, which neither font has, asks for no font file: printed as "?" with Helvetica', async () => {
    const wide = wideFontsFromDisk();
    const bytes = await renderDevisPdf(aDevis({ customer: { ...DEVIS_CUSTOMER, company: 'Fête 🎉 株式会社' } }), wide.files);
    expect(wide.asked()).toBe(0);
    expect((await readPdfText(bytes)).pages.join('\n')).toContain('Fête ? ????');
  });

  it('a devis the standard fonts can print asks for no font file and embeds none', async () => {
    const wide = wideFontsFromDisk();
    const bytes = await renderDevisPdf(aDevis({ lang: 'fr' }), wide.files);
    expect(wide.asked()).toBe(0);
    expect(Buffer.from(bytes).toString('latin1')).not.toContain('DejaVu');
  });

  it('gives the same bytes for the same devis (the subset font is named, not suffixed at random)', async () => {
    const devis = aDevis({ customer: { ...DEVIS_CUSTOMER, ...EASTERN } });
    const [first, second] = [await renderDevisPdf(devis, wideFontsFromDisk().files), await renderDevisPdf(devis, wideFontsFromDisk().files)];
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
  });

  it('a character neither font has (an emoji) still prints as "?", the rest as typed', async () => {
    const bytes = await renderDevisPdf(aDevis({ customer: { ...DEVIS_CUSTOMER, company: 'Łódź 🎉 SA' } }), wideFontsFromDisk().files);
    expect((await readPdfText(bytes)).pages.join('\n')).toContain('Łódź ? SA');
  });

  it('an emoji of several code points (a family, a flag) prints as one "?", as the reader sees one character', async () => {
    const bytes = await renderDevisPdf(aDevis({ customer: { ...DEVIS_CUSTOMER, company: 'Fam 👨‍👩‍👧 🇫🇷 Ltd' } }), wideFontsFromDisk().files);
    expect((await readPdfText(bytes)).pages.join('\n')).toContain('Fam ? ? Ltd');
  });

  it('when the font cannot be fetched, the PDF fails (for the page to say so) rather than print « ?ód? »', async () => {
    const devis = aDevis({ customer: { ...DEVIS_CUSTOMER, company: 'Ville de Łódź' } });
    await expect(renderDevisPdf(devis, () => Promise.reject(new Error('offline')))).rejects.toThrow('offline');
  });
});

describe('the characters the PDF prints as « ? » are named, for the page to say so', () => {
  it.each([
    ['Arabic, with the wide font', { company: 'شركة', contactName: 'Zoé Martin' }, ['ش', 'ر', 'ك', 'ة']],
    ['Chinese and an emoji, with Helvetica', { company: 'Fête 🎉 株式会社' }, ['🎉', '株', '式', '会', '社']],
    ['a family emoji is one character, not its code points', { company: 'Famille 👨‍👩‍👧' }, ['👨‍👩‍👧']],
    ['Polish, Greek and Cyrillic, all printed', EASTERN, []],
  ] as const)('%s', async (_name, details, unprintable) => {
    const wide = wideFontsFromDisk();
    const file = await devisPdfFile(aDevis({ customer: { ...DEVIS_CUSTOMER, ...details } }), wide.files);
    expect(file.unprintable).toEqual(unprintable);
  });
});
