import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Catalog } from '../domain/catalog-schema';
import type { Configuration } from '../domain/configuration';
import { fail, ok, type Result } from '../domain/result';
import { archivedCatalogPath, CATALOG_ARCHIVE_INDEX, readArchiveIndex, type ArchiveIndex } from '../domain/share-archive';
import { firstRepeatedKey, repeatedKeyProblem } from '../domain/json-repeated-keys';
import { jsonErrorWhere } from '../domain/catalog';
import { isRecord } from '../domain/is-record';
import { configurationOf } from '../domain/quote-import';
import { decodeShareLink } from '../domain/share-link';
import { restoreSharedConfiguration } from '../domain/share-restore';
import { loadCatalog } from './catalog-file';
import { parseConfigurationFile } from './configuration-file';
import { describeShareCodeError } from './share-code-words';
import { oneLine, readText } from './read-input';

/** The published revisions, as the app serves them (public/catalogs/): a share code is priced on the one it names. */
export const CATALOG_ARCHIVE_FOLDER = fileURLToPath(new URL('../../public/', import.meta.url));

/** Reads a JSON file into untrusted data; a syntax error, or a key given twice in one object, names the file. */
export function readJsonFile(file: string): Result<unknown> {
  const text = readText(file);
  if (!text.ok) return text;
  let data: unknown;
  try {
    data = JSON.parse(text.value);
  } catch (error) {
    return fail(`${file}: not valid JSON (${oneLine(jsonErrorWhere(text.value, (error as Error).message))})`);
  }
  const repeated = firstRepeatedKey(text.value);
  if (repeated === null) return ok(data);
  return fail(`${file}: ${repeated.path} ${repeatedKeyProblem(repeated)}`);
}

/** What `quote` prices: the catalog and a configuration checked against it. */
export interface QuoteInput {
  catalog: Catalog;
  configuration: Configuration;
}

/** A bare code (base64url characters only), a link with a fragment (or « %23 »), or a web address (even in <…> or quotes); anything else is a file name. */
const looksLikeShareLink = (text: string) => /^\s*[\w-]+\s*$/.test(text) || /#|%23/.test(text) || /^\s*[<"']?[a-z][a-z0-9+.-]*:\/\//i.test(text);

/**
 * Resolves `--config` (spec §5): an existing file is a configuration JSON file (or the app's export of one); otherwise a
 * share code or a whole share URL. Either is priced on `--catalog` when given, which must then be the revision it names;
 * without it, on the revision it names, taken from the archive (a file naming none, or an unpublished edit's version, on
 * the bundled catalog).
 */
export function readConfigurationArgument(config: string, catalogFile: string | undefined): Result<QuoteInput> {
  const given = catalogFile === undefined ? undefined : loadCatalog(catalogFile);
  if (given && !given.ok) return given;
  if (!existsSync(config) && looksLikeShareLink(config)) return readShareArgument(config, given?.value);
  const raw = readJsonFile(config);
  if (!raw.ok) return raw;
  const catalog = given ?? catalogNamedIn(config, raw.value);
  if (!catalog.ok) return catalog;
  const configuration = parseConfigurationFile(catalog.value, raw.value);
  return configuration.ok ? ok({ catalog: catalog.value, configuration: configuration.value }) : fail(`${config}: ${configuration.error}`);
}

/** Without `--catalog`, a file is priced on the revision it names, from the archive, as a share code is; else on today's. */
function catalogNamedIn(file: string, raw: unknown): Result<Catalog> {
  const inFile = configurationOf(raw);
  const named = inFile.ok && isRecord(inFile.value) ? inFile.value.catalog : undefined;
  if (typeof named !== 'string' || archivedCatalogPath(named) === undefined) return loadCatalog();
  const archived = archivedRevisions();
  if (archived.ok && !archived.value.includes(named)) {
    const today = loadCatalog();
    if (!today.ok || today.value.version === named) return today;
  }
  return loadArchivedCatalog(named, CATALOG_ARCHIVE_FOLDER, `${file}: configuration`);
}

function readShareArgument(text: string, given: Catalog | undefined): Result<QuoteInput> {
  const payload = decodeShareLink(text);
  if (!payload.ok) {
    const bareWord = payload.error.kind === 'not-a-share-code' && !text.includes('#');
    return fail(bareWord ? `cannot read ${text.trim()}: no such file, nor a share code` : `share code: ${describeShareCodeError(payload.error)}`);
  }
  const revision = payload.value.catalog;
  const catalog = given ? ok(given) : loadArchivedCatalog(revision);
  if (!catalog.ok) return catalog;
  if (catalog.value.version !== revision) return fail(`share code was made on catalog ${revision}, not on catalog ${catalog.value.version}`);
  const configuration = restoreSharedConfiguration(catalog.value, payload.value);
  if (!configuration.ok) return fail(`share code: ${describeShareCodeError(configuration.error)}`);
  return ok({ catalog: catalog.value, configuration: configuration.value });
}

/** The revisions public/catalogs/index.json lists; a file that is not JSON, or not an index, names itself once. */
export function archivedRevisions(folder: string = CATALOG_ARCHIVE_FOLDER): Result<string[]> {
  const index = archiveIndex(folder);
  return index.ok ? ok(index.value.revisions) : index;
}

/** public/catalogs/index.json as the build checks it: the revisions and their fingerprints. */
export function archiveIndex(folder: string = CATALOG_ARCHIVE_FOLDER): Result<ArchiveIndex> {
  const indexFile = join(folder, CATALOG_ARCHIVE_INDEX);
  const raw = readJsonFile(indexFile);
  if (!raw.ok) return raw;
  const index = readArchiveIndex(raw.value);
  return index.ok ? index : fail(`${indexFile}: ${index.error}`);
}

/** A published revision from public/catalogs/, checked like any catalog file (the archive is data, not code); `made`: what named it, for the refusal. */
export function loadArchivedCatalog(revision: string, folder: string = CATALOG_ARCHIVE_FOLDER, made = 'share code'): Result<Catalog> {
  const revisions = archivedRevisions(folder);
  if (!revisions.ok) return revisions;
  const path = archivedCatalogPath(revision);
  if (path === undefined || !revisions.value.includes(revision)) {
    return fail(`${made} was made on catalog ${revision}, which is not archived (available: ${revisions.value.join(', ')}); give that revision's file with --catalog FILE`);
  }
  const catalog = loadCatalog(join(folder, path));
  if (catalog.ok && catalog.value.version !== revision) return fail(`${join(folder, path)}: archived as ${revision} but its version is ${catalog.value.version}`);
  return catalog;
}
