import catalogUrl from '../data/catalog.json?url';
import type { Catalog } from '../domain/catalog-schema';
import { fail, ok, type Result } from '../domain/result';
import { isRecord } from '../domain/is-record';


/**
 * Fetches the current catalog from the page's own origin (a JSON file, not JavaScript: it stays out of
 * the first-screen script budget). The build refused it unless valid, so only its identity is checked here.
 */
export async function loadCurrentCatalog(): Promise<Result<Catalog>> {
  let raw: unknown;
  try {
    const response = await fetch(catalogUrl);
    if (!response.ok) return fail(`HTTP ${response.status}`);
    raw = await response.json();
  } catch (error) {
    return fail(error instanceof SyntaxError ? 'the file is not valid JSON' : 'the network request failed');
  }
  const looksRight = isRecord(raw) && raw.format === 'collabnext-catalog/1' && typeof raw.version === 'string' && Array.isArray(raw.modules) && Array.isArray(raw.drawers);
  return looksRight ? ok(raw as unknown as Catalog) : fail('the file is not a CollabNext catalog of format 1');
}
