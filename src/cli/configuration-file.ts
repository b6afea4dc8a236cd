import type { Catalog } from '../domain/catalog-schema';
import { parseConfiguration, type Configuration } from '../domain/configuration';
import { checkConfigurationShape } from '../domain/configuration-shape';
import { isRecord } from '../domain/is-record';
import { EXPORT_FORMAT } from '../domain/quote-export';
import { configurationOf } from '../domain/quote-import';
import { fail, type Result } from '../domain/result';

/** Named whenever a file is neither of the two things `--config FILE` reads. */
export const ACCEPTED_FILES = `--config FILE takes a configuration (spec §3) or the configurator's « Exporter en JSON » file ("format": "${EXPORT_FORMAT}")`;

/** A bare configuration's first problem is about the whole file (not an object, an unknown top-level field, no items): it may be neither. */
function looksLikeNeither(raw: unknown): boolean {
  const shape = checkConfigurationShape(raw);
  if (shape.ok) return false;
  const { path, problem } = shape.error;
  return path.length <= 1 && (problem === 'not-object' || problem === 'unknown-field' || problem === 'missing-list');
}

function parseBare(catalog: Catalog, raw: unknown): Result<Configuration> {
  const configuration = parseConfiguration(catalog, raw);
  if (configuration.ok || !looksLikeNeither(raw)) return configuration;
  return fail(`${configuration.error}; ${ACCEPTED_FILES}`);
}

/**
 * A configuration file's data, checked against the catalog: a bare configuration (§3), or the app's export, whose
 * `configuration` is read as the in-app import reads it (src/domain/quote-import.ts: same format version, a catalog
 * file refused, the stored quote ignored), so that both give the very same configuration.
 */
export function parseConfigurationFile(catalog: Catalog, raw: unknown): Result<Configuration> {
  const inFile = configurationOf(raw);
  if (inFile.ok) {
    if (inFile.value === raw) return parseBare(catalog, raw);
    if (!isRecord(inFile.value)) return fail(`an export ("format": "${EXPORT_FORMAT}") must hold its configuration, an object, in "configuration"`);
    return parseConfiguration(catalog, inFile.value);
  }
  // As JSON, so that a format holding a line break or a quote is shown as written, on one line.
  const format = isRecord(raw) ? raw.format : undefined;
  const shown = typeof format === 'string' ? JSON.stringify(format.slice(0, 64)) : (JSON.stringify(format) ?? String(format)).slice(0, 64);
  if (inFile.error.kind === 'catalog-file') return fail(`is a catalog ("format": ${shown}), not a configuration: give it with --catalog FILE; ${ACCEPTED_FILES}`);
  return fail(`"format": ${shown} is not a format quote reads; ${ACCEPTED_FILES}`);
}
