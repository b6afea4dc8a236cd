import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { archiveEdited, catalogFingerprint } from '../../src/cli/catalog-archive-check';
import { runCatalogPublish } from '../../src/cli/catalog-publish';
import { parseCatalogText } from '../../src/domain/catalog';

const dir = mkdtempSync(join(tmpdir(), 'catalog-publish-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const published = readFileSync('public/catalogs/2026-11.json', 'utf8');
/** The 2026-11 catalog under another version, some prices changed or not. */
const asVersion = (version: string, edit: (text: string) => string = (t) => t) => edit(published.replace('"version": "2026-11"', `"version": "${version}"`));
const dearer = (text: string) => text.replace('"vatRateBp": 2000', '"vatRateBp": 2100');

let folders = 0;
/** A public/ folder whose archive holds 2026-11 as published, and the catalog file a maintainer edits beside it. */
function workplace(): { folder: string; catalogs: string; edit: (text: string) => string } {
  folders += 1;
  const folder = join(dir, `public-${folders}`);
  const catalogs = join(folder, 'catalogs');
  mkdirSync(catalogs, { recursive: true });
  writeFileSync(join(catalogs, '2026-11.json'), published);
  writeFileSync(join(catalogs, 'index.json'), JSON.stringify({ format: 'collabnext-catalog-archive/1', revisions: ['2026-11'] }));
  const edited = join(dir, `catalog-${folders}.json`);
  const edit = (text: string) => {
    writeFileSync(edited, text);
    return edited;
  };
  expect(runCatalogPublish([edit(published)], folder).code).toBe(0);
  return { folder, catalogs, edit };
}
const index = (catalogs: string) => JSON.parse(readFileSync(join(catalogs, 'index.json'), 'utf8')) as { revisions: string[]; fingerprints: Record<string, string> };

describe('npm run catalog:publish', () => {
  it('copies a new version byte for byte, lists it with its fingerprint, and then has nothing to do', () => {
    const { folder, catalogs, edit } = workplace();
    const file = edit(asVersion('2026-12', dearer));
    expect(runCatalogPublish([file], folder)).toEqual({ code: 0, stderr: '', stdout: expect.stringMatching(/version 2026-12 published as .*2026-12\.json, listed in .*index\.json with its fingerprint\n$/) });
    expect(readFileSync(join(catalogs, '2026-12.json'), 'utf8')).toBe(readFileSync(file, 'utf8'));
    expect(index(catalogs).revisions).toEqual(['2026-11', '2026-12']);
    expect(Object.keys(index(catalogs).fingerprints)).toEqual(['2026-11', '2026-12']);
    expect(archiveEdited(folder)).toBeNull();
    expect(runCatalogPublish([file], folder).stdout).toMatch(/is already published as .*: nothing to do/);
  });

  it('refuses a version published with other contents, unless told it has never been online', () => {
    const { folder, catalogs, edit } = workplace();
    const file = edit(dearer(published));
    const refused = runCatalogPublish([file], folder);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/version 2026-11 is already published as .* with other contents, and links made on it would change price: give the catalog a new "version" and publish that \(if 2026-11 has never been online, publish it again with --again\)/);
    expect(readFileSync(join(catalogs, '2026-11.json'), 'utf8')).toBe(published);
    expect(runCatalogPublish(['--again', file], folder).stdout).toMatch(/version 2026-11 published again as/);
    expect(readFileSync(join(catalogs, '2026-11.json'), 'utf8')).toBe(dearer(published));
    expect(archiveEdited(folder)).toBeNull();
  });

  it('says in one line, without a stack trace, when it cannot write the archive (exit 2)', () => {
    const { folder, catalogs, edit } = workplace();
    const file = edit(asVersion('2026-12'));
    mkdirSync(join(catalogs, '2026-12.json'));
    expect(runCatalogPublish([file], folder)).toMatchObject({ code: 2, stderr: expect.stringMatching(/^cannot write .*2026-12\.json or .*index\.json: EISDIR\n$/) });
  });

  it('refuses what is not a catalog, and wrong arguments, in one line (exit 2)', () => {
    const { folder, edit } = workplace();
    expect(runCatalogPublish([edit('{ "version": ')], folder)).toMatchObject({ code: 2, stderr: expect.stringMatching(/catalog rejected, 1 problem: \(root\): is not valid JSON \(line 1 column 14/) });
    expect(runCatalogPublish(['--force'], folder)).toMatchObject({ code: 2, stderr: expect.stringMatching(/^unknown option --force — usage: npm run --silent catalog:publish/) });
    expect(runCatalogPublish(['a.json', 'b.json'], folder)).toMatchObject({ code: 2, stderr: expect.stringMatching(/^one catalog at a time: unexpected argument "b.json"/) });
  });
});

describe('the published revisions stay as they were published (archiveEdited, run by every build)', () => {
  it('holds for the archive the app serves', () => {
    expect(archiveEdited()).toBeNull();
  });

  it('catches a published file edited afterwards: its links would change price', () => {
    const { folder, catalogs } = workplace();
    writeFileSync(join(catalogs, '2026-11.json'), published.replace('"unitPrice": 8900', '"unitPrice": 7900'));
    expect(archiveEdited(folder)).toMatch(/2026-11\.json was edited after 2026-11 was published, and links made on it would change price: undo the edit/);
  });

  it('lets the layout and the seller\'s block change: they price nothing', () => {
    const { folder, catalogs } = workplace();
    const json = JSON.parse(published) as { seller: { address: string } };
    json.seller.address = 'Ailleurs';
    writeFileSync(join(catalogs, '2026-11.json'), `\uFEFF${JSON.stringify(json, null, 4).replace(/\n/g, '\r\n')}`);
    expect(archiveEdited(folder)).toBeNull();
  });

  it('names a listed revision without its file, a file not listed, and a missing or stray fingerprint', () => {
    const { folder, catalogs } = workplace();
    const fingerprints = index(catalogs).fingerprints;
    writeFileSync(join(catalogs, 'index.json'), JSON.stringify({ format: 'collabnext-catalog-archive/1', revisions: ['2026-11', '2026-13'], fingerprints: { ...fingerprints, '2026-09': 'sha256-0' } }));
    writeFileSync(join(catalogs, 'catalog.json'), published);
    const problems = archiveEdited(folder);
    expect(problems).toMatch(/index\.json lists 2026-13 but .*2026-13\.json is missing: links made on 2026-13 cannot be priced/);
    expect(problems).toMatch(/catalog\.json is not listed in .*index\.json: list it \(npm run catalog:publish\) or remove it/);
    expect(problems).toMatch(/index\.json has a fingerprint for 2026-09, which it does not list/);
    writeFileSync(join(catalogs, 'index.json'), JSON.stringify({ format: 'collabnext-catalog-archive/1', revisions: ['2026-11'] }));
    const parsed = parseCatalogText(published);
    if (!parsed.ok) throw new Error('the published catalog does not parse');
    expect(archiveEdited(folder)).toMatch(new RegExp(`2026-11\\.json has no fingerprint: add "2026-11": "${catalogFingerprint(parsed.value)}" to "fingerprints" in .*index\\.json`));
  });
});
