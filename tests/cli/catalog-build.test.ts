import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { archiveMismatch } from '../../src/cli/catalog-archive-check';
import { builtCatalog } from '../../src/cli/catalog-build';
import { DEFAULT_CATALOG_FILE } from '../../src/cli/catalog-file';
import { jsonErrorWhere, parseCatalogText } from '../../src/domain/catalog';
import { scratchFolder } from './quote-files';

const { dir, write } = scratchFolder();
const defaultText = readFileSync(DEFAULT_CATALOG_FILE, 'utf8');
const defaultJson = JSON.parse(defaultText) as { version: string; rules: unknown; discounts: Record<string, unknown>; modules: Record<string, unknown>[] };

/** The default catalog with every field the schema lets a maintainer leave out, left out. */
function withoutDefaultedFields() {
  const sparse = structuredClone(defaultJson) as Partial<typeof defaultJson>;
  delete sparse.rules;
  delete sparse.discounts?.bundle;
  for (const module of sparse.modules ?? []) {
    delete module.qualifications;
    delete module.priceBasis;
  }
  return sparse;
}

describe('the catalog a build ships (builtCatalog)', () => {
  it('fills in what the schema defaults: a catalog without rules, bundle tiers, module qualifications or price basis is the page\'s catalog with them', () => {
    const built = builtCatalog(write('sparse.json', withoutDefaultedFields()));
    if (!('json' in built)) throw new Error(built.refusal);
    const shipped = JSON.parse(built.json) as { rules: unknown[]; discounts: { bundle: unknown[] }; modules: { qualifications: unknown[]; priceBasis: string }[] };
    expect(shipped.rules).toEqual([]);
    expect(shipped.discounts.bundle).toEqual([]);
    expect(shipped.modules.every((m) => Array.isArray(m.qualifications) && m.qualifications.length === 0)).toBe(true);
    expect(new Set(shipped.modules.map((m) => m.priceBasis))).toEqual(new Set(['illustrative']));
  });

  it('ships the default catalog as the schema reads it, and says it is published', () => {
    const built = builtCatalog(DEFAULT_CATALOG_FILE);
    if (!('json' in built)) throw new Error(built.refusal);
    const parsed = parseCatalogText(defaultText);
    expect(parsed.ok && JSON.parse(built.json)).toEqual(parsed.ok && parsed.value);
    expect(built.unpublished).toBeNull();
  });

  it('reads a file with a byte order mark as catalog:check does: the same catalog as without it', () => {
    const built = builtCatalog(write('bom.json', `\uFEFF${defaultText}`));
    const plain = builtCatalog(DEFAULT_CATALOG_FILE);
    expect('json' in built && 'json' in plain && built.json === plain.json).toBe(true);
  });

  it('places a JSON slip by line and column whatever the parser\'s message says (V8 gives a position for some slips only)', () => {
    const text = '{\n  "format": "collabnext-catalog/1",\n  "version": "x",\n}\n';
    const comma = 'a comma before a closing } or ] (allowed in JavaScript, not in JSON)';
    expect(jsonErrorWhere(text, 'Expected double-quoted property name in JSON at position 56')).toBe(`line 4 column 1: ${comma}`);
    expect(jsonErrorWhere(text, 'Expected double-quoted property name in JSON at position 56 (line 4 column 1)')).toBe(`line 4 column 1: ${comma}`);
    expect(jsonErrorWhere('{"a" 1}', 'Expected \':\' after property name in JSON at position 5')).toBe('line 1 column 6: a colon (:) missing after the name');
    // A trailing comma in a list: Node 20 quotes the text (« "[1,]" is not valid JSON ») without placing it.
    expect(jsonErrorWhere('[\n  1,\n]', 'Unexpected token \']\', "[ 1, ]" is not valid JSON')).toBe(`line 3 column 1: ${comma}`);
  });

  it('refuses a broken catalog in one line naming each problem, and a JSON slip by line and column', () => {
    expect(builtCatalog(write('vat.json', { ...defaultJson, vatRateBp: 20000 }))).toEqual({
      refusal: `${dir}/vat.json: catalog rejected, 1 problem: vatRateBp: must be at most 10000 basis points (100 %)`,
    });
    const refusal = builtCatalog(write('comma.json', '{\n  "format": "collabnext-catalog/1",\n  "version": "x",\n}\n'));
    expect(refusal).toEqual({ refusal: expect.stringMatching(/line 4 column 1: a comma before a closing \} or \] \(allowed in JavaScript, not in JSON\)\)$/) });
  });
});

describe('a shipped catalog must be the published one (archiveMismatch)', () => {
  /** A public/ folder holding `revisions` in its index and the default catalog archived under each of `files`. */
  function archive(name: string, revisions: string[], files: Record<string, string>): string {
    const folder = join(dir, name);
    mkdirSync(join(folder, 'catalogs'), { recursive: true });
    writeFileSync(join(folder, 'catalogs', 'index.json'), JSON.stringify({ format: 'collabnext-catalog-archive/1', revisions }));
    for (const [version, text] of Object.entries(files)) writeFileSync(join(folder, 'catalogs', `${version}.json`), text);
    return folder;
  }
  const version = defaultJson.version;
  /** The catalog as the format reads it from `text`. */
  const read = (text: string) => {
    const parsed = parseCatalogText(text);
    if (!parsed.ok) throw new Error(parsed.error.map((p) => p.message).join('; '));
    return parsed.value;
  };
  const current = read(defaultText);

  it('is satisfied by the archive the app serves', () => {
    expect(archiveMismatch(DEFAULT_CATALOG_FILE, current)).toBeNull();
  });

  it('refuses a catalog edited under a version already published: its links would change price', () => {
    const editedText = defaultText.replace('"vatRateBp": 2000', '"vatRateBp": 2100');
    expect(editedText).not.toBe(defaultText);
    const folder = archive('published', [version], { [version]: defaultText });
    expect(archiveMismatch(write('edited.json', editedText), read(editedText), folder)).toMatch(new RegExp(`version ${version} is already published as .*catalogs/${version}\\.json with other contents, and links made on it would change price: give the edited catalog a new "version" and publish it with npm run catalog:publish \\(if ${version} has never been online, npm run catalog:publish -- --again replaces it\\)$`));
  });

  it('takes a file only laid out differently for the published one: a byte order mark, another indentation, no final line break change no price', () => {
    const relaid = `\uFEFF${JSON.stringify(defaultJson, null, 4)}`;
    expect(relaid).not.toBe(defaultText);
    const folder = archive('relaid', [version], { [version]: defaultText });
    expect(archiveMismatch(write('relaid.json', relaid), read(relaid.slice(1)), folder)).toBeNull();
  });

  it('asks for a new version to be archived and listed', () => {
    const file = write('current.json', defaultText);
    expect(archiveMismatch(file, current, archive('empty', [], {}))).toMatch(new RegExp(`version ${version} is not published: run npm run catalog:publish \\(it copies the file to .*catalogs/${version}\\.json and lists "${version}" in .*catalogs/index\\.json with its fingerprint\\)`));
    expect(archiveMismatch(file, current, archive('unlisted', [], { [version]: defaultText }))).toMatch(/but not listed: run npm run catalog:publish/);
    expect(archiveMismatch(file, { ...current, version: '2026 Nov' }, archive('spaced', [], {}))).toMatch(/version "2026 Nov" cannot be published: a published version is 1 to 64 letters, digits, dots, hyphens or underscores/);
    const broken = archive('broken-index', [version], { [version]: defaultText });
    writeFileSync(join(broken, 'catalogs', 'index.json'), '{ not json');
    const brokenMessage = archiveMismatch(file, current, broken) ?? '';
    expect(brokenMessage).toMatch(/index\.json: .*JSON/);
    expect(brokenMessage.split('index.json').length).toBe(2);
    const folder = archive('listed', [version], {});
    copyFileSync(file, join(folder, 'catalogs', `${version}.json`));
    expect(archiveMismatch(file, current, folder)).toBeNull();
  });
});
