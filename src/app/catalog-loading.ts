import catalogUrl from 'virtual:current-catalog-url';
import type { Catalog } from '../domain/catalog-schema';
import { fail, ok, type Result } from '../domain/result';
import { isRecord } from '../domain/is-record';
import type { CatalogLoadProblem } from '../ui/startup-failure';


/**
 * Fetches the current catalog from the page's own origin (a JSON file, not JavaScript: it stays out of
 * the first-screen script budget). The build refused it unless valid, so only its identity is checked here.
 */
export async function loadCurrentCatalog(): Promise<Result<Catalog, CatalogLoadProblem>> {
  let raw: unknown;
  try {
    const response = await fetch(catalogUrl);
    if (!response.ok) return fail('server');
    raw = await response.json();
  } catch (error) {
    return fail(error instanceof SyntaxError ? 'not-json' : 'network');
  }
  const looksRight = isRecord(raw) && raw.format === 'collabnext-catalog/1' && typeof raw.version === 'string' && Array.isArray(raw.modules) && Array.isArray(raw.drawers);
  return looksRight ? ok(raw as unknown as Catalog) : fail('not-a-catalog');
}
