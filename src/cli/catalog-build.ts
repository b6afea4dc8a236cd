import { archiveEdited, archiveMismatch } from './catalog-archive-check';
import { loadCatalog } from './catalog-file';

/** The current catalog as a build ships it, or why it cannot. */
export type BuiltCatalog =
  /**
   * The catalog as the schema yields it, defaults filled in; `unpublished` says why its version is not published as it
   * stands, or why the published revisions are not as they were published.
   */
  | { json: string; unpublished: string | null }
  /** The file cannot be read or breaks the catalog format: one line naming every problem, as `catalog:check` gives it. */
  | { refusal: string };

/**
 * The catalog as the page must read it: read and checked exactly as `catalog:check` reads it (a byte order mark
 * ignored), then written out as the schema yields it, its defaults filled in (a module without `qualifications`, a
 * catalog without `rules`), so the page, which trusts the build, never meets a field the schema let the file leave out.
 * A shipped version must be the published one (public/catalogs/), or links made on it would change price.
 */
export function builtCatalog(file: string): BuiltCatalog {
  const catalog = loadCatalog(file);
  if (!catalog.ok) return { refusal: catalog.error };
  return { json: JSON.stringify(catalog.value), unpublished: archiveMismatch(file, catalog.value) ?? archiveEdited() };
}
