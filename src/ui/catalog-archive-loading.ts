// Loaded only when a link or an imported file names another catalog revision: the archive index and the catalog check need the validation library.
import type { Catalog } from '../domain/catalog-schema';
import { archivedCatalogPath, CATALOG_ARCHIVE_INDEX, parseArchiveIndex } from '../domain/share-archive';

export type ArchivedCatalog =
  | { kind: 'found'; catalog: Catalog }
  | { kind: 'missing'; available: string[] }
  /** The archive could not be read (offline, a damaged file): the link is still opened, on today's catalog. */
  | { kind: 'unreadable'; problem: string };

/** Same origin, relative to the app's base: the archive is served beside the app, never by a third party. */
async function fetchJson(path: string): Promise<unknown> {
  const response = await fetch(path, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.json();
}

/** Fetches a published catalog revision and checks it like any untrusted catalog. */
export async function fetchArchivedCatalog(revision: string): Promise<ArchivedCatalog> {
  try {
    const index = parseArchiveIndex(await fetchJson(CATALOG_ARCHIVE_INDEX));
    if (!index.ok) return { kind: 'unreadable', problem: index.error };
    const path = archivedCatalogPath(revision);
    if (path === undefined || !index.value.includes(revision)) return { kind: 'missing', available: index.value };
    const [{ describeProblem, parseCatalog }, raw] = await Promise.all([import('../domain/catalog'), fetchJson(path)]);
    const parsed = parseCatalog(raw);
    if (!parsed.ok) return { kind: 'unreadable', problem: parsed.error.map(describeProblem).join('; ') };
    if (parsed.value.version !== revision) return { kind: 'unreadable', problem: `${path} holds version ${parsed.value.version}` };
    return { kind: 'found', catalog: parsed.value };
  } catch (error) {
    return { kind: 'unreadable', problem: error instanceof Error ? error.message : String(error) };
  }
}
