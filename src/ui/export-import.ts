import type { Catalog } from '../domain/catalog-schema';
import type { Configuration } from '../domain/configuration';
import type { Language } from '../domain/language';
import { formatMoney } from '../domain/locale-format';
import { monthlyNetOn } from '../domain/monthly-net';
import { fileTooLarge, importConfiguration } from '../domain/quote-import';
import { ok, type Result } from '../domain/result';
import { describeImportError } from '../domain/quote-import-messages';
import type { Worded } from '../store/configurator-store';
import { sayDocuments, wordDocuments, type SayDocuments } from './documents-wording';
import { describeChangeByName } from './share-change-text';

/**
 * The monthly net before and after the re-pricing, worded: the same modules can cost another price on today's catalog (QA:
 * « Rien n'a été retiré ni modifié » was said of 70,00 EUR become 75,00 EUR). Empty when either cannot be priced. The
 * quotes are worked out once, not at each wording (the Documents panel words its line at every render).
 */
function priceChange(old: Catalog, original: Configuration, catalog: Catalog, configuration: Configuration): (say: SayDocuments, lang: Language) => string {
  const before = monthlyNetOn(old, original);
  const after = monthlyNetOn(catalog, configuration);
  if (before === null || after === null) return () => '';
  if (before === after) return (say) => say('documents.import.sameTotal');
  return (say, lang) => say('documents.import.newTotal', { revision: old.version, before: formatMoney(before, lang), after: formatMoney(after, lang) });
}

/**
 * Loaded with `import()` when a file is chosen: reads it and checks it as a share link is
 * checked. Either way comes back with the sentence to show: what was imported, or why not.
 */
export async function readImportedFile(file: File, catalog: Catalog): Promise<Result<{ configuration: Configuration; text: Worded; carriedOver: boolean }, Worded>> {
  // Refused by its size, never read: what is said is the file's own size, not that of a part of it.
  const tooLarge = fileTooLarge(file.size);
  if (tooLarge) return { ok: false, error: (lang) => describeImportError(tooLarge, lang) };
  const imported = importConfiguration(catalog, await file.text());
  if (!imported.ok) return { ok: false, error: (lang) => describeImportError(imported.error, lang) };
  const { configuration, carriedOver } = imported.value;
  if (!carriedOver) return ok({ configuration, text: wordDocuments('documents.import.done', { file: file.name }), carriedOver: false });
  // Modules the current catalog no longer has are named from the file's own revision, when the archive has it.
  const { fetchArchivedCatalog } = await import('./catalog-archive-loading');
  const archived = await fetchArchivedCatalog(carriedOver.from);
  const catalogs = archived.kind === 'found' ? [catalog, archived.catalog] : [catalog];
  const prices = archived.kind === 'found' ? priceChange(archived.catalog, carriedOver.original, catalog, configuration) : () => '';
  const text: Worded = (lang) => {
    const say = sayDocuments(lang);
    const changes = [
      carriedOver.changes.map((c) => describeChangeByName(c, catalogs, lang)).join(' ') || say('documents.import.nothingChanged'),
      prices(say, lang),
    ].filter(Boolean).join(' ');
    return say('documents.import.carriedOver', { file: file.name, revision: carriedOver.from, version: catalog.version, changes });
  };
  return ok({ configuration, text, carriedOver: true });
}
