import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalogText } from '../../src/domain/catalog';
import { archivedCatalogPath, isLaterRevision, parseArchiveIndex } from '../../src/domain/share-archive';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url));
const current = parseCatalogText(read('src/data/catalog.json').toString('utf8'));
const index = parseArchiveIndex(JSON.parse(read('public/catalogs/index.json').toString('utf8')));
const revisions = index.ok ? index.value : [];

describe('the archive of published catalog revisions', () => {
  it('holds the current catalog byte for byte under its version (bump the version to change a shipped catalog)', () => {
    if (!current.ok) throw new Error('the default catalog must be valid');
    const path = archivedCatalogPath(current.value.version);
    expect(path).toBe(`catalogs/${current.value.version}.json`);
    expect(read(`public/${path}`).equals(read('src/data/catalog.json'))).toBe(true);
    expect(revisions).toContain(current.value.version);
  });

  it('lists every archived file, and each is a valid catalog of the version it is named after', () => {
    expect(index.ok).toBe(true);
    const files = readdirSync(new URL('../../public/catalogs/', import.meta.url)).filter((f) => f !== 'index.json');
    expect(files.sort()).toEqual(revisions.map((v) => `${v}.json`).sort());
    for (const version of revisions) {
      const parsed = parseCatalogText(read(`public/catalogs/${version}.json`).toString('utf8'));
      expect(parsed.ok && parsed.value.version).toBe(version);
    }
  });

  it('refuses a malformed index and names that cannot be revisions', () => {
    expect(parseArchiveIndex({ revisions: ['2026-11'] })).toEqual({ ok: false, error: 'the catalog archive index is malformed' });
    expect(archivedCatalogPath('../secrets')).toBeUndefined();
  });
});

describe('a revision later than any known', () => {
  it.each([
    ['2031-01', ['2026-10', '2026-11'], true],
    ['2026-12', ['2026-10', '2026-11'], true],
    ['2025-06', ['2026-10', '2026-11'], false],
    ['2026-10', ['2026-09', '2026-11'], false],
    ['2026-11', ['2026-10', '2026-11'], false],
    ['beta', ['2026-10', '2026-11'], false],
    ['2031-01', ['2026-10', 'beta'], false],
  ])('%s after %j: %s', (revision, known, later) => {
    expect(isLaterRevision(revision, known)).toBe(later);
  });
});
