import type { Configuration } from '../domain/configuration';
import type { Language } from '../domain/language';
import { importConfiguration, MAX_IMPORT_CHARACTERS } from '../domain/quote-import';
import type { Result } from '../domain/result';
import type { Catalog } from '../domain/catalog-schema';
import { describeImportError } from './export-import-error';
import type { MessageKey, MessageParams } from './messages';

/**
 * Loaded with `import()` when a file is chosen: reads it and checks it as a share link is
 * checked; a refusal comes back as the sentence to show.
 */
export async function readImportedFile(
  file: File, catalog: Catalog, lang: Language, say: (key: MessageKey, params?: MessageParams) => string,
): Promise<Result<Configuration, string>> {
  // Never read more than an import may hold (4 bytes per character at most in UTF-8).
  const text = await file.slice(0, MAX_IMPORT_CHARACTERS * 4 + 4).text();
  const imported = importConfiguration(catalog, text);
  return imported.ok ? imported : { ok: false, error: describeImportError(imported.error, lang, say) };
}
