import { describe, expect, it, vi } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../src/domain/quote-import';
import { readImportedFile } from '../../src/ui/export-import';
import { defaultCatalog } from '../fixtures/catalogs';

/** QA's file: 9,000,195 bytes of JSON, one long text inside. */
const hugeFile = () => new File([`{"items":[],"x":"${'a'.repeat(9_000_195 - 19)}"}`], 'huge.json', { type: 'application/json' });

describe('an imported file larger than an import may be', () => {
  it('is refused by its own size in bytes, in French and English, without being read', async () => {
    const file = hugeFile();
    expect(file.size).toBe(9_000_195);
    const read = vi.spyOn(file, 'text');
    const refused = await readImportedFile(file, defaultCatalog());
    const [fr, en] = [refused.ok ? '' : refused.error('fr'), refused.ok ? '' : refused.error('en')];
    expect(fr).toEqual('il est trop gros (9\u202F000\u202F195 octets, au plus 2\u202F000\u202F000). Choisissez un fichier exporté par le configurateur (« Exporter en JSON »).'.replace('« ', '«\u00A0').replace(' »', '\u00A0»'));
    expect(en).toEqual('it is too large (9,000,195 bytes, at most 2,000,000). Choose a file exported by the configurator (“Export as JSON”).');
    expect(read).not.toHaveBeenCalled();
  });

  it('is read whole up to the bound: a file of exactly MAX_IMPORT_BYTES bytes is judged by its content', async () => {
    const text = JSON.stringify({ items: [], termMonths: 1.5 });
    const file = new File([text.padEnd(MAX_IMPORT_BYTES, ' ')], 'big.json');
    const said = await readImportedFile(file, defaultCatalog());
    expect(said.ok ? '' : said.error('en')).toMatch(/^the commitment term must be a whole number of months/);
  });
});
