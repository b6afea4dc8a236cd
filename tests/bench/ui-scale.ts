import type { Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCatalog } from '../../src/cli/catalog-file';
import { runCatalogPublish } from '../../src/cli/catalog-publish';
import type { Configuration } from '../../src/domain/configuration';
import { archivedCatalogPath } from '../../src/domain/share-archive';
import { encodeShareCode } from '../../src/domain/share-code';
import { scaleCatalog } from './scale-catalog';
import { describeClicks, launchChromium, median, PRESS_MS, previewPage, readClickTimes, startClickTimes, TOGGLED } from './ui';

const PORT = 4181;
const ROOT = new URL('../../', import.meta.url).pathname;

/**
 * Builds the page on a catalog that is not published: a build refuses one, so it is published into public/catalogs/
 * for the length of the build, and public/catalogs/ is put back as it was afterwards.
 */
function buildOn(catalogFile: string, version: string, outDir: string): void {
  const index = join(ROOT, 'public/catalogs/index.json');
  const archived = join(ROOT, 'public', archivedCatalogPath(version) ?? '');
  const indexBefore = readFileSync(index, 'utf8');
  const existed = existsSync(archived);
  try {
    const published = runCatalogPublish([catalogFile]);
    if (published.code !== 0) throw new Error(published.stderr);
    const build = spawnSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--logLevel', 'error', '--outDir', outDir, '--emptyOutDir'], {
      cwd: ROOT, stdio: 'inherit', env: { ...process.env, COLLABNEXT_CATALOG: catalogFile },
    });
    if (build.status !== 0) throw new Error('vite build on the scale catalog failed');
  } finally {
    writeFileSync(index, indexBefore);
    if (!existed) rmSync(archived, { force: true });
  }
}

/** The modules the toggle bench clicks, chosen at once on the catalog `npm run build` ships. */
function defaultBundle(): Configuration {
  const loaded = loadCatalog();
  if (!loaded.ok) throw new Error(loaded.error);
  const catalog = loaded.value;
  const items = TOGGLED.map((id) => ({ module: id, quantity: catalog.modules.find((m) => m.id === id)?.quantity.default ?? 1 }));
  return { catalog: catalog.version, items, termMonths: catalog.discounts.commitment[0]?.months ?? 1, requirements: [], salesDiscountBp: 0 };
}

/** Ticks and unticks a demanded qualification `clicks` times (trusted clicks, each once the page has settled). */
async function qualificationTicks(page: Page, name: string, clicks: number) {
  const box = page.locator('label.requirement', { hasText: name }).locator('input[type=checkbox]');
  await startClickTimes(page);
  for (let i = 0; i < clicks; i += 1) {
    await box.click({ delay: PRESS_MS });
    // The blocked cards' fuller reasons arrive after the click's frame: let them land before the next one.
    await page.waitForTimeout(800);
  }
  return readClickTimes(page);
}

/**
 * A demanded qualification ticked on a large bundle: 200 modules, 414 rules, about 90 chosen, where ticking SecNumCloud
 * changes about a hundred cards at once. Beside it, the same ticks on the default catalog's page with 5 modules chosen,
 * in the same browser: the ratio says how the page scales, whatever the machine's speed that day.
 */
export async function benchUiScale(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'collabnext-scale-'));
  const { input, configuration } = scaleCatalog();
  const catalogFile = join(folder, 'catalog.json');
  writeFileSync(catalogFile, `${JSON.stringify(input, null, 2)}\n`);
  const scaleDist = join(folder, 'dist');
  buildOn(catalogFile, input.version, scaleDist);
  if (!existsSync(join(ROOT, 'dist/index.html'))) spawnSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--logLevel', 'error'], { cwd: ROOT, stdio: 'inherit' });
  const servers = await Promise.all([previewPage(scaleDist, PORT), previewPage(join(ROOT, 'dist'), PORT + 1)]);
  try {
    const browser = await launchChromium();
    const measure = async (address: string, chosen: number) => {
      const page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, locale: 'fr-FR' });
      await page.goto(address);
      await page.waitForFunction((n) => document.querySelectorAll('[data-state="selected"]').length >= n, chosen, { timeout: 30000 });
      await page.waitForTimeout(1000);
      const times = await qualificationTicks(page, 'SecNumCloud', 12);
      await page.close();
      return times;
    };
    const large = await measure(`http://127.0.0.1:${PORT}/#${encodeShareCode(configuration)}`, configuration.items.length);
    const bundle = defaultBundle();
    const small = await measure(`http://127.0.0.1:${PORT + 1}/#${encodeShareCode(bundle)}`, bundle.items.length);
    await browser.close();
    console.log(`ui: demanded qualification (SecNumCloud) ticked on and off, Event Timing at 1440 x 1000, on a large bundle (${input.modules.length} modules, ${input.rules?.length ?? 0} rules, ${configuration.items.length} chosen): ${describeClicks(large)}; on the default catalog with ${bundle.items.length} chosen: ${describeClicks(small)}; ratio of medians ${(median(large.durations) / median(small.durations)).toFixed(2)}`);
  } finally {
    for (const server of servers) server.kill();
    rmSync(folder, { recursive: true, force: true });
  }
}
