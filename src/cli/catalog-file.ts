import { fileURLToPath } from 'node:url';
import { describeProblem, parseCatalogText } from '../domain/catalog';
import type { Catalog } from '../domain/catalog-schema';
import { fail, type Result } from '../domain/result';
import { oneLine, readText } from './read-input';

/** The catalog both tools read when none is given. */
export const DEFAULT_CATALOG_FILE = fileURLToPath(new URL('../data/catalog.json', import.meta.url));

/** Reads and checks a catalog file; a rejected catalog names the path of every problem, on one line. */
export function loadCatalog(file: string = DEFAULT_CATALOG_FILE): Result<Catalog> {
  const text = readText(file);
  if (!text.ok) return text;
  const catalog = parseCatalogText(text.value);
  if (catalog.ok) return catalog;
  const problems = catalog.error.map((p) => oneLine(describeProblem(p)));
  return fail(`${file}: catalog rejected, ${problems.length} problem${problems.length > 1 ? 's' : ''}: ${problems.join('; ')}`);
}
