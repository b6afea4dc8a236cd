import { fileURLToPath } from 'node:url';
import { describeProblem, parseCatalogText } from '../domain/catalog';
import type { Catalog } from '../domain/catalog-schema';
import { fail, ok, type Result } from '../domain/result';
import { readText } from './read-input';

/** The catalog priced when `--catalog` is left out. */
export const DEFAULT_CATALOG_FILE = fileURLToPath(new URL('../data/catalog.json', import.meta.url));

/** One line, whatever the message held (a JSON parser's message may span several). */
export const oneLine = (message: string): string => message.replace(/\s*\n\s*/g, ' ').trim();

/** Reads and checks a catalog file; a rejected catalog names the path of every problem, on one line. */
export function loadCatalog(file: string = DEFAULT_CATALOG_FILE): Result<Catalog> {
  const text = readText(file);
  if (!text.ok) return text;
  const catalog = parseCatalogText(text.value);
  if (catalog.ok) return catalog;
  const problems = catalog.error.map((p) => oneLine(describeProblem(p)));
  return fail(`${file}: catalog rejected, ${problems.length} problem${problems.length > 1 ? 's' : ''}: ${problems.join('; ')}`);
}

/** Reads a JSON file into untrusted data; a syntax error names the file. */
export function readJsonFile(file: string): Result<unknown> {
  const text = readText(file);
  if (!text.ok) return text;
  try {
    return ok(JSON.parse(text.value) as unknown);
  } catch (error) {
    return fail(`${file}: not valid JSON (${oneLine((error as Error).message)})`);
  }
}
