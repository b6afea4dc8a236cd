import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Language } from '../../src/domain/language';
import { readImportedFile } from '../../src/ui/export-import';
import { defaultCatalog } from '../fixtures/catalogs';

/** The published archive, served as the app's host serves it (public/catalogs). */
beforeEach(() => vi.stubGlobal('fetch', (path: string) => Promise.resolve(new Response(readFileSync(`public/${path}`, 'utf8')))));
afterEach(() => vi.unstubAllGlobals());

const plain = (text: string) => text.replace(/[\u00A0\u202F]/g, ' ');

async function importedNotice(items: { module: string; quantity?: number }[], lang: Language): Promise<string> {
  const file = new File([JSON.stringify({ catalog: '2026-10', items })], 'ancien.json', { type: 'application/json' });
  const read = await readImportedFile(file, defaultCatalog());
  if (!read.ok) throw new Error(read.error(lang));
  return plain(read.value.text(lang));
}

// Monthly nets from the quote tool on each revision: Alinto Essentielle x 25, 70,00 € on 2026-10, 75,00 € on 2026-11;
// CryptPad Équipe x 25, 125,00 € on both.
describe('a file made on an older catalog revision, imported', () => {
  it('QA: says the monthly net on both revisions when the same modules cost more today (« Rien n’a été retiré ni modifié » was said of 70 € become 75 €)', async () => {
    expect(await importedNotice([{ module: 'alinto-mail-essential', quantity: 25 }], 'fr')).toBe(
      'Configuration importée depuis ancien.json, faite sur le catalogue 2026-10 : elle est re-chiffrée sur le catalogue du jour (2026-11). '
      + 'Aucun module n’a été retiré ni modifié. Total mensuel HT : 70,00 € sur le catalogue 2026-10, 75,00 € sur celui du jour. '
      + 'Votre configuration précédente reste récupérable.',
    );
    expect(await importedNotice([{ module: 'alinto-mail-essential', quantity: 25 }], 'en')).toContain(
      'No module was removed or changed. Monthly total excl. VAT: €70.00 on catalogue 2026-10, €75.00 on today’s.',
    );
  });

  it('says so when the monthly net is the same on both', async () => {
    expect(await importedNotice([{ module: 'cryptpad-team', quantity: 25 }], 'fr')).toContain(
      'Aucun module n’a été retiré ni modifié. Le total mensuel HT est le même. Votre configuration',
    );
  });
});
