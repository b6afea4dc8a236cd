import { describe, expect, it } from 'vitest';
import { emptyCustomer } from '../../src/domain/customer';
import { computeQuote } from '../../src/domain/quote';
import { documentFile } from '../../src/ui/export-documents';
import { defaultCatalog } from '../fixtures/catalogs';

const catalog = defaultCatalog();
const configuration = { catalog: catalog.version, items: [{ module: 'outscale-vm', quantity: 2 }], termMonths: 12, requirements: [], salesDiscountBp: 0 };
const facts = (company: string, lang: 'fr' | 'en' = 'fr') => ({
  catalog, configuration, lang, quote: computeQuote(catalog, configuration), valid: true,
  customer: { ...emptyCustomer(), company },
});
const NOW = new Date('2026-11-28T10:00:00Z');

describe('the documents’ file names', () => {
  it('the devis of two customers are two numbers; the JSON export, which carries no customer detail, is named from the configuration alone', async () => {
    const names = async (company: string) => Promise.all((['pdf', 'csv', 'json'] as const).map(async (kind) => {
      const file = await documentFile(kind, facts(company), NOW, 'https://collabnext.example/');
      if (!file.ok) throw new Error(file.error);
      return file.value.name;
    }));
    const [acme, globex, nobody] = await Promise.all([names('Acme SAS'), names('Globex SA'), names('')]);
    expect(acme[0]).toMatch(/^devis-CN-20261128-[0-9A-F]{8}\.pdf$/);
    expect(acme[0]).not.toBe(globex[0]);
    expect(acme[1]).toBe(acme[0]?.replace(/pdf$/, 'csv'));
    expect(acme[2]).toBe(globex[2]);
    expect(acme[2]).toBe(nobody[0]?.replace(/^devis-(.*)\.pdf$/, 'configuration-$1.json'));
  });

  it('in English, the PDF and the CSV are « quote-… », with the same number', async () => {
    const name = async (kind: 'pdf' | 'csv', lang: 'fr' | 'en') => {
      const file = await documentFile(kind, facts('Acme SAS', lang), NOW, 'https://collabnext.example/');
      if (!file.ok) throw new Error(file.error);
      return file.value.name;
    };
    const french = await name('pdf', 'fr');
    expect(await name('pdf', 'en')).toBe(french.replace(/^devis-/, 'quote-'));
    expect(await name('csv', 'en')).toBe(french.replace(/^devis-(.*)\.pdf$/, 'quote-$1.csv'));
  });
});
