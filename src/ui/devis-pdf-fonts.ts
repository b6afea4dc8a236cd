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
    if (!response?.ok) throw new FileNotLoaded(`fonts/${name}: ${response ? `HTTP ${response.status}` : 'no response'}`);
    return new Uint8Array(await response.arrayBuffer());
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
 * The fonts of a devis: the PDF's standard Helvetica, which needs no file, when it can print every character of the
 * text; otherwise DejaVu Sans Condensed, embedded as the subset the devis uses, which prints Polish, Czech, Greek,
 * Bulgarian… (Helvetica printed « Łódź » as « ?ód? »). A character neither has (an emoji) still prints as "?".
 */
export async function devisFonts(doc: PDFDocument, text: string, wide: WideFontFiles): Promise<PdfFonts> {
  const standard = await standardSet();
  if ([...printableText(text)].every((c) => standard.has(c.codePointAt(0) ?? 0))) {
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
