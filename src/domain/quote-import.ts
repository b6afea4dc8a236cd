import type { Catalog } from './catalog-schema';
import { indexCatalog } from './catalog-index';
import type { Configuration } from './configuration';
import { checkConfigurationShape, type ConfigurationInput, type ConfigurationShapeError } from './configuration-shape';
import { EXPORT_FORMAT } from './quote-export';
import { fail, ok, type Result } from './result';
import { carryOverConfiguration, type CarryOverChange } from './share-carry-over';
import type { ShareError } from './share-errors';
import { restoreSharedConfiguration } from './share-restore';
import { isRecord } from './is-record';
import { firstJsonSlip } from './json-slip';

/** Far above any real export (a 1,000-item configuration with its quote is about 150 KB). */
export const MAX_IMPORT_CHARACTERS = 2_000_000;
/**
 * The same bound for a chosen file, in bytes: its size is known before reading it, its characters only after. A file
 * within it is within MAX_IMPORT_CHARACTERS too (a byte never makes more than one character), so one bound is ever said.
 */
export const MAX_IMPORT_BYTES = MAX_IMPORT_CHARACTERS;

/** Why a file could not be imported; `configuration` carries the very errors a share link gets. */
export type ImportError =
  | { kind: 'empty' }
  | { kind: 'too-large'; characters: number; max: number }
  /** A file refused by its size before it is read: `bytes` is the file's, `max` MAX_IMPORT_BYTES. */
  | { kind: 'file-too-large'; bytes: number; max: number }
  /** Where the parser stopped (1-based), when it says so; null when it does not. */
  | { kind: 'not-json'; line: number | null; column: number | null }
  | { kind: 'catalog-file' }
  | { kind: 'unsupported-format'; format: string }
  | { kind: 'shape'; error: ConfigurationShapeError }
  /** `name`: the catalog's name of the module or qualification the error is about, when the catalog has one. */
  | { kind: 'configuration'; error: ShareError; name: { fr: string; en: string } | null };

/** Line and column (1-based) where the text stops being JSON (read here: the parser's message does not always say). */
function whereParsingStopped(body: string): { line: number | null; column: number | null } {
  const slip = firstJsonSlip(body);
  return slip ? { line: slip.line, column: slip.column } : { line: null, column: null };
}

/** A chosen file too large to be read, by its size in bytes; null when it may be read. */
export const fileTooLarge = (bytes: number): ImportError | null =>
  bytes > MAX_IMPORT_BYTES ? { kind: 'file-too-large', bytes, max: MAX_IMPORT_BYTES } : null;

/** What an import gives: a configuration on today's catalog, and what changed if the file was made on another revision. */
export interface ImportedConfiguration {
  configuration: Configuration;
  /**
   * Null when the file was made on today's revision; else the revision it named, what could not be kept as it was, and
   * the configuration as the file has it (its missing quantities and term filled from today's catalog), priced on that revision.
   */
  carriedOver: { from: string; changes: CarryOverChange[]; original: Configuration } | null;
}


/**
 * The configuration inside the file: an export's `configuration`, or the whole file when it is a bare §3 configuration
 * (the very `data`). The in-app import and the quote tool (src/cli/configuration-file.ts) read files through it.
 */
export function configurationOf(data: unknown): Result<unknown, ImportError> {
  if (!isRecord(data) || !('format' in data)) return { ok: true, value: data };
  const { format } = data;
  if (format === EXPORT_FORMAT) return { ok: true, value: data.configuration };
  if (typeof format === 'string' && format.startsWith('collabnext-catalog/')) return fail({ kind: 'catalog-file' });
  return fail({ kind: 'unsupported-format', format: typeof format === 'string' ? format.slice(0, 64) : JSON.stringify(format).slice(0, 64) });
}

/** The catalog's name of what a share error is about, so the message can say it in the buyer's words. */
function nameOf(catalog: Catalog, error: ShareError): { fr: string; en: string } | null {
  const named = 'module' in error ? catalog.modules.find((m) => m.id === error.module)
    : 'qualification' in error ? catalog.qualifications.find((q) => q.id === error.qualification) : undefined;
  return named ? { fr: named.name.fr, en: named.name.en } : null;
}

/** Fills in the defaults of §3 for known modules, so the share link's checks see what the buyer would get. */
function asPayload(catalog: Catalog, input: ConfigurationInput) {
  const { moduleById } = indexCatalog(catalog);
  return {
    catalog: input.catalog ?? catalog.version,
    items: input.items.map(({ module, quantity }) => ({ module, quantity: quantity ?? moduleById.get(module)?.quantity.default ?? 0 })),
    termMonths: input.termMonths ?? catalog.discounts.commitment[0]?.months ?? 1,
    requirements: input.requirements ?? [],
    salesDiscountBp: input.salesDiscountBp ?? 0,
    customer: null,
  };
}

/**
 * Reads an imported file's text: a `collabnext-export/1` file or a bare configuration (§3),
 * checked exactly as an opened share link is: on today's revision, with the link's specific errors;
 * from another revision, carried over onto today's catalog with the list of what changed.
 * Never throws: any text gives a configuration or an error.
 */
export function importConfiguration(catalog: Catalog, text: string): Result<ImportedConfiguration, ImportError> {
  if (text.length > MAX_IMPORT_CHARACTERS) return fail({ kind: 'too-large', characters: text.length, max: MAX_IMPORT_CHARACTERS });
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return fail({ kind: 'empty' });
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return fail({ kind: 'not-json', ...whereParsingStopped(body) });
  }
  const raw = configurationOf(data);
  if (!raw.ok) return raw;
  const shape = checkConfigurationShape(raw.value);
  if (!shape.ok) return fail({ kind: 'shape', error: shape.error });
  const payload = asPayload(catalog, shape.value);
  if (payload.catalog !== catalog.version) {
    const carried = carryOverConfiguration(catalog, payload);
    return ok({ configuration: carried.configuration, carriedOver: { from: payload.catalog, changes: carried.changes, original: payload } });
  }
  const restored = restoreSharedConfiguration(catalog, payload);
  if (restored.ok) return ok({ configuration: restored.value, carriedOver: null });
  return fail({ kind: 'configuration', error: restored.error, name: nameOf(catalog, restored.error) });
}
