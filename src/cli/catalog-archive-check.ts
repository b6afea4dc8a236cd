import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Catalog } from '../domain/catalog-schema';
import { archivedCatalogPath, CATALOG_ARCHIVE_INDEX } from '../domain/share-archive';
import { loadCatalog } from './catalog-file';
import { archivedRevisions, archiveIndex, CATALOG_ARCHIVE_FOLDER } from './quote-input';
import { shownPath } from './read-input';

/**
 * Why the current catalog (`catalog`, read from `file`) is not published as it stands, or null when it is: its version
 * must be listed in public/catalogs/index.json and archived there, since links made on a version are priced on that
 * version's file (by the app and by `npm run quote`). A catalog edited under a version already published would reprice
 * its links without a word, and the command line would still price them on the old file. The two are compared as the
 * catalog format reads them: a byte order mark, the indentation or a final line break changes no price.
 */
export function archiveMismatch(file: string, catalog: Catalog, folder: string = CATALOG_ARCHIVE_FOLDER): string | null {
  const { version } = catalog;
  const indexFile = shownPath(join(folder, CATALOG_ARCHIVE_INDEX));
  const path = archivedCatalogPath(version);
  if (path === undefined) {
    return `${file}: version "${version}" cannot be published: a published version is 1 to 64 letters, digits, dots, hyphens or underscores (2026-12), as its file is public/catalogs/<version>.json`;
  }
  const archived = join(folder, path);
  if (!existsSync(archived)) {
    return `${file}: version ${version} is not published: run npm run catalog:publish (it copies the file to ${shownPath(archived)} and lists "${version}" in ${indexFile} with its fingerprint), so that links made on it keep their prices`;
  }
  const published = loadCatalog(archived);
  if (!published.ok) return published.error;
  if (JSON.stringify(published.value) !== JSON.stringify(catalog)) {
    return `${file}: version ${version} is already published as ${shownPath(archived)} with other contents, and links made on it would change price: give the edited catalog a new "version" and publish it with npm run catalog:publish (if ${version} has never been online, npm run catalog:publish -- --again replaces it)`;
  }
  const revisions = archivedRevisions(folder);
  if (!revisions.ok) return revisions.error;
  return revisions.value.includes(version) ? null : `${file}: version ${version} is archived as ${shownPath(archived)} but not listed: run npm run catalog:publish (it lists "${version}" in ${indexFile} with its fingerprint)`;
}

/**
 * What a published revision prices, as one digest: its catalog as the format reads it (so a byte order mark, the
 * indentation or the line endings change nothing), without the seller's block, whose legal mentions may be corrected
 * (README). Recorded in public/catalogs/index.json when the revision is published (`npm run catalog:publish`).
 */
export function catalogFingerprint(catalog: Catalog): string {
  return `sha256-${createHash('sha256').update(JSON.stringify({ ...catalog, seller: null })).digest('hex')}`;
}

/**
 * Why the published revisions (public/catalogs/) are not as they were published, or null: each revision listed in
 * index.json must have its file, of that version, with the fingerprint recorded when it was published, and every file
 * there must be listed. A published file edited afterwards would change the price of every link made on it without a
 * word: the app and `npm run quote` price those links on that file.
 */
export function archiveEdited(folder: string = CATALOG_ARCHIVE_FOLDER): string | null {
  const catalogs = join(folder, dirname(CATALOG_ARCHIVE_INDEX));
  const indexFile = shownPath(join(folder, CATALOG_ARCHIVE_INDEX));
  const index = archiveIndex(folder);
  if (!index.ok) return index.error;
  const { revisions, fingerprints } = index.value;
  const problems: string[] = [];
  for (const revision of revisions) {
    const file = join(folder, archivedCatalogPath(revision) ?? '');
    if (!existsSync(file)) {
      problems.push(`${indexFile} lists ${revision} but ${shownPath(file)} is missing: links made on ${revision} cannot be priced`);
      continue;
    }
    const catalog = loadCatalog(file);
    if (!catalog.ok) {
      problems.push(catalog.error);
      continue;
    }
    if (catalog.value.version !== revision) {
      problems.push(`${shownPath(file)}: archived as ${revision} but its version is ${catalog.value.version}`);
      continue;
    }
    const now = catalogFingerprint(catalog.value);
    const published = fingerprints[revision];
    if (published === undefined) {
      problems.push(`${shownPath(file)} has no fingerprint: add "${revision}": "${now}" to "fingerprints" in ${indexFile} (npm run catalog:publish writes it)`);
    } else if (published !== now) {
      problems.push(`${shownPath(file)} was edited after ${revision} was published, and links made on it would change price: undo the edit (a change to the catalog is a new version; only the seller's block may be corrected)`);
    }
  }
  for (const name of readdirSync(catalogs)) {
    const revision = name.replace(/\.json$/, '');
    if (name.endsWith('.json') && join(catalogs, name) !== join(folder, CATALOG_ARCHIVE_INDEX) && !revisions.includes(revision)) {
      problems.push(`${shownPath(join(catalogs, name))} is not listed in ${indexFile}: list it (npm run catalog:publish) or remove it`);
    }
  }
  for (const revision of Object.keys(fingerprints)) {
    if (!revisions.includes(revision)) problems.push(`${indexFile} has a fingerprint for ${revision}, which it does not list`);
  }
  return problems.length === 0 ? null : problems.join('; ');
}
