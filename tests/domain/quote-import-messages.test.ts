import { describe, expect, it } from 'vitest';
import { fileTooLarge, importConfiguration, MAX_IMPORT_BYTES } from '../../src/domain/quote-import';
import { describeImportError } from '../../src/domain/quote-import-messages';
import { defaultCatalog } from '../fixtures/catalogs';

const catalog = defaultCatalog();
const said = (text: string, lang: 'fr' | 'en') => {
  const result = importConfiguration(catalog, text);
  if (result.ok) throw new Error('expected the import to be refused');
  return describeImportError(result.error, lang);
};
const fixFr = 'Corrigez le fichier, ou exportez à nouveau la configuration depuis le configurateur (« Exporter en JSON »).'
  .replace('« ', '«\u00A0').replace(' »', '\u00A0»');
const fixEn = 'Correct the file, or export the configuration again from the configurator (“Export as JSON”).';

describe('an import refused is said in the user’s language, by names, with numbers for the language and what to do', () => {
  it.each([
    ['broken JSON', '{ items: [] }',
      `ce n’est pas un fichier JSON valide (le texte devient illisible ligne 1, colonne 3). ${fixFr}`,
      `it is not a valid JSON file (the text stops making sense at line 1, column 3). ${fixEn}`],
    ['a discount above 100 %', JSON.stringify({ items: [], salesDiscountBp: 12_000 }),
      `la remise commerciale dépasse 100\u202F%\u00A0: elle s’écrit en points de base, de 0 à 10\u202F000 (100\u202F%). ${fixFr}`,
      `the sales discount is over 100%: it is written in basis points, from 0 to 10,000 (100%). ${fixEn}`],
    ['a quantity out of range', JSON.stringify({ items: [{ module: 'alinto-mail-essential', quantity: -5 }] }),
      'la quantité d’Alinto Messagerie Essentielle doit être comprise entre 1 et 100\u202F000\u202F; le fichier indique -5.',
      'the quantity of Alinto Essential Mail must be between 1 and 100,000; the file says -5.'],
    ['a quantity that is not whole', JSON.stringify({ items: [{ module: 'outscale-vm', quantity: 1.5 }] }),
      `la quantité du 1er module doit être un nombre entier. ${fixFr}`,
      `the quantity of the 1st module must be a whole number. ${fixEn}`],
    ['a misspelt field', JSON.stringify({ items: [], term: 12 }),
      `il contient un champ que le configurateur ne connaît pas, «\u00A0term\u00A0» (faute de frappe\u202F?). ${fixFr}`,
      `it holds a field the configurator does not know, “term” (a typo?). ${fixEn}`],
  ])('%s', (_, text, fr, en) => {
    expect(said(text, 'fr')).toBe(fr);
    expect(said(text, 'en')).toBe(en);
  });

  it('never shows a field’s JSON name nor English in French', () => {
    const texts = [{ items: 3 }, { items: [], termMonths: 1.5 }, { items: [], salesDiscountBp: -1 }, { items: [{ quantity: 1 }] }, { items: [], requirements: [7] }];
    for (const data of texts) {
      const text = said(JSON.stringify(data), 'fr');
      expect(text).not.toMatch(/items|termMonths|salesDiscountBp|requirements|must|configuration \w+:/);
    }
  });

  it('puts the file’s own text in unaltered', () => {
    expect(said(JSON.stringify({ items: [], 'a ; b': 1 }), 'fr')).toContain('«\u00A0a ; b\u00A0»');
    expect(said(JSON.stringify({ format: "x'y : z" }), 'fr')).toContain("«\u00A0x'y : z\u00A0»");
  });
});

describe('a file refused by its size', () => {
  it('is refused above MAX_IMPORT_BYTES bytes only, and said in bytes with the bound in bytes', () => {
    expect(fileTooLarge(MAX_IMPORT_BYTES)).toBeNull();
    const error = fileTooLarge(MAX_IMPORT_BYTES + 1);
    expect(error).toEqual({ kind: 'file-too-large', bytes: 2_000_001, max: 2_000_000 });
    if (error === null) return;
    expect(describeImportError(error, 'fr')).toMatch(/^il est trop gros \(2\u202F000\u202F001 octets, au plus 2\u202F000\u202F000\)\. /);
    expect(describeImportError(error, 'en')).toMatch(/^it is too large \(2,000,001 bytes, at most 2,000,000\)\. /);
  });
});
