import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SHIPPED_VERSION } from '../fixtures/catalogs';

const ROOT = resolve(import.meta.dirname, '../..');
const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the project to build, its catalog changed by `edit` (the copy shares node_modules). */
function projectWithCatalog(edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'catalog-build-'));
  copies.push(dir);
  for (const entry of ['index.html', 'vite.config.ts', 'tsconfig.json', 'package.json', 'src', 'public']) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  const catalog = join(dir, 'src/data/catalog.json');
  writeFileSync(catalog, edit(readFileSync(catalog, 'utf8')));
  return dir;
}

const build = (dir: string) =>
  spawnSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--outDir', join(dir, 'dist'), '--logLevel', 'error'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });

/** `npm run build` itself (the catalog plugin in vite.config.ts), not only the functions it calls. */
describe('npm run build refuses a catalog it must not ship, in one line and nothing else', () => {
  it('a catalog edited under its published version: exit 1, the line saying what to do', () => {
    const run = build(projectWithCatalog((text) => text.replace('"vatRateBp": 2000', '"vatRateBp": 2100')));
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`src/data/catalog.json: version ${SHIPPED_VERSION} is already published as public/catalogs/${SHIPPED_VERSION}.json with other contents, and links made on it would change price: give the edited catalog a new "version" and publish it with npm run catalog:publish (if ${SHIPPED_VERSION} has never been online, npm run catalog:publish -- --again replaces it)\n`);
  }, 60_000);

  it('a broken catalog: exit 1, every problem on one line, no stack trace', () => {
    const run = build(projectWithCatalog((text) => text.replace('"vatRateBp": 2000', '"vatRateBp": 20000')));
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('src/data/catalog.json: catalog rejected, 1 problem: vatRateBp: must be at most 10000 basis points (100 %)\n');
  }, 60_000);

  it('npm start with a broken catalog: exit 1, the same line, no stack trace (Vite printed its own 10 lines under it)', () => {
    const dir = projectWithCatalog((text) => text.replace('"vatRateBp": 2000', '"vatRateBp": 20000'));
    const run = spawnSync(join(ROOT, 'node_modules/.bin/vite'), ['--host', '127.0.0.1', '--port', '4395', '--strictPort'], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('src/data/catalog.json: catalog rejected, 1 problem: vatRateBp: must be at most 10000 basis points (100 %)\n');
  }, 60_000);

  it('a published revision edited afterwards (an old link would change price): exit 1, the line saying which and what to do', () => {
    const dir = projectWithCatalog((text) => text);
    const archived = join(dir, 'public/catalogs/2026-10.json');
    writeFileSync(archived, readFileSync(archived, 'utf8').replace(/"unitPrice": \d+/, '"unitPrice": 1'));
    const run = build(dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('public/catalogs/2026-10.json was edited after 2026-10 was published, and links made on it would change price: undo the edit (a change to the catalog is a new version; only the seller\'s block may be corrected)\n');
  }, 60_000);
});
