import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Catalog } from '../domain/catalog-schema';
import { archivedCatalogPath, CATALOG_ARCHIVE_INDEX } from '../domain/share-archive';
import { loadCatalog } from './catalog-file';
import { archivedRevisions, CATALOG_ARCHIVE_FOLDER } from './quote-input';

/**
 * Why the current catalog (`catalog`, read from `file`) is not published as it stands, or null when it is: its version
 * must be listed in public/catalogs/index.json and archived there, since links made on a version are priced on that
 * version's file (by the app and by `npm run quote`). A catalog edited under a version already published would reprice
 * its links without a word, and the command line would still price them on the old file. The two are compared as the
 * catalog format reads them: a byte order mark, the indentation or a final line break changes no price.
 */
export function archiveMismatch(file: string, catalog: Catalog, folder: string = CATALOG_ARCHIVE_FOLDER): string | null {
  const { version } = catalog;
  const shown = (path: string) => relative(process.cwd(), path) || path;
  const indexFile = shown(join(folder, CATALOG_ARCHIVE_INDEX));
  const path = archivedCatalogPath(version);
  if (path === undefined) {
    return `${file}: version "${version}" cannot be published: a published version is 1 to 64 letters, digits, dots, hyphens or underscores (2026-12), as its file is public/catalogs/<version>.json`;
  }
  const archived = join(folder, path);
  if (!existsSync(archived)) {
    return `${file}: version ${version} is not published: copy the file to ${shown(archived)} and add "${version}" to ${indexFile}, so that links made on it keep their prices`;
  }
  const published = loadCatalog(archived);
  if (!published.ok) return published.error;
  if (JSON.stringify(published.value) !== JSON.stringify(catalog)) {
    const newFile = shown(join(dirname(archived), '<new version>.json'));
    return `${file}: version ${version} is already published as ${shown(archived)} with other contents, and links made on it would change price: give the edited catalog a new "version", then copy it to ${newFile} and add that version to ${indexFile} (if ${version} has never been online, copying the file to ${shown(archived)} again is enough)`;
  }
  const revisions = archivedRevisions(folder);
  if (!revisions.ok) return revisions.error;
  return revisions.value.includes(version) ? null : `${file}: version ${version} is archived as ${shown(archived)} but not listed: add "${version}" to ${indexFile}`;
}
