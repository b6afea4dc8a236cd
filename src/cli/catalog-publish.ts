import { copyFileSync, existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { archivedCatalogPath, CATALOG_ARCHIVE_INDEX } from '../domain/share-archive';
import { archiveEdited, catalogFingerprint } from './catalog-archive-check';
import { DEFAULT_CATALOG_FILE, loadCatalog } from './catalog-file';
import { archiveIndex, CATALOG_ARCHIVE_FOLDER } from './quote-input';
import { oneLine, shownPath } from './read-input';
import { runAsTool, type ToolOutcome } from './tool-run';

const USAGE = 'usage: npm run --silent catalog:publish [-- [--again] [FILE]] (FILE: src/data/catalog.json unless given)';

/**
 * `catalog:publish` without the process: the catalog (src/data/catalog.json unless given) copied byte for byte to
 * public/catalogs/<version>.json, its version listed in public/catalogs/index.json with its fingerprint, so that links
 * made on it are priced on it for good. A version already published with other contents is refused (links made on it
 * would change price), unless `--again` says it has never been online. Exit 0 done (or nothing to do), 1 the archive
 * has other problems, 2 refused.
 */
export function runCatalogPublish(args: readonly string[], folder: string = CATALOG_ARCHIVE_FOLDER): ToolOutcome {
  const refused = (message: string): ToolOutcome => ({ code: 2, stdout: '', stderr: `${oneLine(message)}\n` });
  const again = args.includes('--again');
  const rest = args.filter((a) => a !== '--again');
  const option = rest.find((a) => a.startsWith('-'));
  if (option !== undefined) return refused(`unknown option ${option} — ${USAGE}`);
  if (rest.length > 1) return refused(`one catalog at a time: unexpected argument "${rest[1]}" — ${USAGE}`);
  const file = rest[0] ?? shownPath(DEFAULT_CATALOG_FILE);
  const catalog = loadCatalog(file);
  if (!catalog.ok) return refused(catalog.error);
  const { version } = catalog.value;
  const path = archivedCatalogPath(version);
  if (path === undefined) return refused(`${file}: version "${version}" cannot be published: a version is 1 to 64 letters, digits, dots, hyphens or underscores (2026-12)`);
  const index = archiveIndex(folder);
  if (!index.ok) return refused(index.error);
  const fingerprint = catalogFingerprint(catalog.value);
  const { revisions, fingerprints } = index.value;
  const archived = join(folder, path);
  const indexFile = join(folder, CATALOG_ARCHIVE_INDEX);
  const listed = revisions.includes(version);
  // A revision published before fingerprints were recorded: the file there now is what it priced.
  const unrecorded = listed && fingerprints[version] === undefined && existsSync(archived) && sameCatalog(archived, fingerprint);
  if (listed && fingerprints[version] === fingerprint) {
    return { code: 0, stdout: `${file}: version ${version} is already published as ${shownPath(archived)}: nothing to do\n`, stderr: '' };
  }
  if (listed && !unrecorded && !again) {
    return refused(`${file}: version ${version} is already published as ${shownPath(archived)} with other contents, and links made on it would change price: give the catalog a new "version" and publish that (if ${version} has never been online, publish it again with --again)`);
  }
  const now = listed ? revisions : [...revisions, version];
  const prints = Object.fromEntries(now.flatMap((r) => {
    const print = r === version ? fingerprint : fingerprints[r];
    return print === undefined ? [] : [[r, print]];
  }));
  try {
    if (resolve(file) !== resolve(archived)) copyFileSync(file, archived);
    writeFileSync(indexFile, `${JSON.stringify({ format: 'collabnext-catalog-archive/1', revisions: now, fingerprints: prints }, null, 2)}\n`);
  } catch (error) {
    return refused(`cannot write ${shownPath(archived)} or ${shownPath(indexFile)}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const done = unrecorded
    ? `${file}: version ${version} was published as ${shownPath(archived)}: its fingerprint is now recorded in ${shownPath(indexFile)}\n`
    : `${file}: version ${version} published${again ? ' again' : ''} as ${shownPath(archived)}, listed in ${shownPath(indexFile)} with its fingerprint\n`;
  const problems = archiveEdited(folder);
  return problems === null ? { code: 0, stdout: done, stderr: '' } : { code: 1, stdout: done, stderr: `${oneLine(problems)}\n` };
}

/** Whether the catalog file at `path` reads as the catalog of `fingerprint`. */
function sameCatalog(path: string, fingerprint: string): boolean {
  const archived = loadCatalog(path);
  return archived.ok && catalogFingerprint(archived.value) === fingerprint;
}

runAsTool(import.meta.url, runCatalogPublish);
