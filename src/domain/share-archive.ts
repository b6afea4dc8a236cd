import { z } from './zod-setup';
import { fail, ok, type Result } from './result';

/**
 * Every catalog revision the app has shipped stays published, byte for byte, at
 * public/catalogs/<version>.json, listed in public/catalogs/index.json, so a link
 * reopens on the revision it was priced on. A published file is never edited: a
 * change to the catalog is a new revision.
 */
export const CATALOG_ARCHIVE_INDEX = 'catalogs/index.json';

const REVISION = /^[A-Za-z0-9._-]{1,64}$/;

const archiveIndexSchema = z.strictObject({
  format: z.literal('collabnext-catalog-archive/1'),
  revisions: z.array(z.string().regex(REVISION)).max(10_000),
  // What each revision priced when it was published (src/cli/catalog-archive-check.ts): for the build, not the page.
  fingerprints: z.record(z.string().regex(REVISION), z.string()).optional(),
});

/** The archive index: the revisions on offer, and the fingerprint each had when it was published. */
export interface ArchiveIndex {
  revisions: string[];
  fingerprints: Partial<Record<string, string>>;
}

/** Where an archived revision lives, relative to the app's base URL; undefined for a name that cannot be one. */
export function archivedCatalogPath(version: string): string | undefined {
  return REVISION.test(version) ? `catalogs/${version}.json` : undefined;
}

/** Reads the archive index fetched over HTTP (untrusted): the list of revisions on offer. */
export function parseArchiveIndex(raw: unknown): Result<string[], string> {
  const index = readArchiveIndex(raw);
  return index.ok ? ok(index.value.revisions) : index;
}

/** The archive index with its fingerprints. */
export function readArchiveIndex(raw: unknown): Result<ArchiveIndex, string> {
  const parsed = archiveIndexSchema.safeParse(raw);
  return parsed.success ? ok({ revisions: parsed.data.revisions, fingerprints: parsed.data.fingerprints ?? {} }) : fail('the catalog archive index is malformed');
}

/** Revisions are named by month (2026-11), so they sort as text. */
const MONTH = /^\d{4}-\d{2}$/;

/**
 * Whether `revision` comes after every revision this copy knows: a link made by a newer configurator, not a
 * revision withdrawn. False for a name that is not a month, which cannot be placed.
 */
export function isLaterRevision(revision: string, known: readonly string[]): boolean {
  return MONTH.test(revision) && known.every((k) => MONTH.test(k) && k < revision);
}
