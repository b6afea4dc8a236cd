import { PDFDocument, StandardFonts, type PDFFont } from 'pdf-lib';
import { printableText } from './devis-pdf-wrap';
import { FileNotLoaded } from './load-failure';

export interface PdfFonts {
  regular: PDFFont;
  bold: PDFFont;
}

/** The bytes of the wide fonts, regular and bold. */
export type WideFontFiles = () => Promise<{ regular: Uint8Array; bold: Uint8Array }>;

const WIDE = { regular: 'DejaVuSansCondensed.ttf', bold: 'DejaVuSansCondensed-Bold.ttf' };

let fetched: ReturnType<WideFontFiles> | undefined;

/**
 * DejaVu Sans Condensed, from the app's own folder (public/fonts: nothing fetched from elsewhere), once per page
 * load; a failed fetch is tried again at the next document.
 */
export const fetchWideFonts: WideFontFiles = () => {
  const file = async (name: string) => {
    const response = await fetch(`${import.meta.env.BASE_URL}fonts/${name}`).catch(() => null);
    const bytes = response?.ok ? await response.arrayBuffer().catch(() => null) : null;
    if (!bytes) throw new FileNotLoaded(`fonts/${name}: ${response ? `HTTP ${response.status}` : 'no response'}`);
    return new Uint8Array(bytes);
  };
  fetched ??= Promise.all([file(WIDE.regular), file(WIDE.bold)]).then(
    ([regular, bold]) => ({ regular, bold }),
    (error: unknown) => {
      fetched = undefined;
      throw error;
    },
  );
  return fetched;
};

let standardCharacters: Promise<ReadonlySet<number>> | undefined;

/** What Helvetica's WinAnsi encoding holds (accents of western Europe, €, « », ’), measured once. */
function standardSet(): Promise<ReadonlySet<number>> {
  standardCharacters ??= PDFDocument.create()
    .then((probe) => probe.embedFont(StandardFonts.Helvetica))
    .then((font) => new Set(font.getCharacterSet()));
  return standardCharacters;
}

/**
 * What DejaVu Sans Condensed prints that Helvetica may not: Latin Extended-A and B, Greek and Coptic, Cyrillic and its
 * supplement, Latin Extended Additional, Greek Extended, general punctuation, currency symbols.
 */
const WIDE_RANGES: readonly (readonly [number, number])[] = [
  [0x0100, 0x024f], [0x0370, 0x03ff], [0x0400, 0x052f], [0x1e00, 0x1eff], [0x1f00, 0x1fff], [0x2000, 0x206f], [0x20a0, 0x20cf],
];
const inWideFont = (code: number) => WIDE_RANGES.some(([from, to]) => code >= from && code <= to);

/**
 * The fonts of a devis: the PDF's standard Helvetica, which needs no file, unless the text has a character it lacks
 * and DejaVu Sans Condensed has; then DejaVu, embedded as the subset the devis uses, which prints Polish, Czech, Greek,
 * Bulgarian… (Helvetica printed « Łódź » as « ?ód? »). A character neither has (an emoji, Chinese) prints as "?" in
 * either: for it alone, nothing is fetched.
 */
export async function devisFonts(doc: PDFDocument, text: string, wide: WideFontFiles): Promise<PdfFonts> {
  const standard = await standardSet();
  const code = (c: string) => c.codePointAt(0) ?? 0;
  if (![...printableText(text)].some((c) => !standard.has(code(c)) && inWideFont(code(c)))) {
    return { regular: await doc.embedFont(StandardFonts.Helvetica), bold: await doc.embedFont(StandardFonts.HelveticaBold) };
  }
  const [{ default: fontkit }, files] = await Promise.all([import('@pdf-lib/fontkit'), wide()]);
  doc.registerFontkit(fontkit);
  // Named, not left to pdf-lib's random suffix: the same devis gives the same bytes.
  return {
    regular: await doc.embedFont(files.regular, { subset: true, customName: 'DejaVuSansCondensed' }),
    bold: await doc.embedFont(files.bold, { subset: true, customName: 'DejaVuSansCondensed-Bold' }),
  };
}
