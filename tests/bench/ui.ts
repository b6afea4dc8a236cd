import { chromium, type Page } from '@playwright/test';
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const PORT = 4179;
const BASE = `http://127.0.0.1:${PORT}/`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** JavaScript fetched before the first module card is on screen, gzip-compressed as a host would serve it. */
async function firstScreenJavaScript(page: Page): Promise<{ files: string[]; gzipBytes: number }> {
  const files: string[] = [];
  page.on('response', (r) => {
    const url = new URL(r.url());
    if (url.pathname.endsWith('.js')) files.push(url.pathname);
  });
  await page.goto(BASE);
  await page.locator('[data-module]').first().waitFor();
  const seen = [...new Set(files)];
  const gzipBytes = seen.reduce((sum, path) => sum + gzipSync(readFileSync(join('dist', path))).length, 0);
  return { files: seen, gzipBytes };
}

/** Event Timing: from the click to the next paint, for module toggles on the default catalog. */
async function toggleDurations(page: Page, rounds: number): Promise<number[]> {
  await page.evaluate(() => {
    const w = window as unknown as { clickDurations: number[] };
    w.clickDurations = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'click') w.clickDurations.push(e.duration);
    }).observe({ type: 'event', durationThreshold: 0, buffered: false } as PerformanceObserverInit);
  });
  const boxes = ['alinto-mail-business', 'cryptpad-team', 'outscale-vm', 'wallix-trustelem', 'jamespot-intranet'];
  for (let i = 0; i < rounds; i += 1) {
    for (const id of boxes) await page.locator(`[data-module="${id}"] input[type=checkbox]`).click();
  }
  await page.waitForTimeout(300);
  return page.evaluate(() => (window as unknown as { clickDurations: number[] }).clickDurations);
}

/** Script time of a toggle: the click handler plus React's render and commit, which run synchronously in the click. */
async function toggleScriptTimes(page: Page, rounds: number): Promise<number[]> {
  return page.evaluate((n) => {
    const ids = ['alinto-mail-business', 'cryptpad-team', 'outscale-vm', 'wallix-trustelem', 'jamespot-intranet'];
    const times: number[] = [];
    for (let r = 0; r < n; r += 1) {
      for (const id of ids) {
        const box = document.querySelector<HTMLInputElement>(`[data-module="${id}"] input[type=checkbox]`);
        const start = performance.now();
        box?.click();
        times.push(performance.now() - start);
      }
    }
    return times;
  }, rounds);
}

/** The same measure on a bare button that changes nothing: the floor this machine sets right now. */
async function bareClickDurations(page: Page, clicks: number): Promise<number[]> {
  await page.evaluate(() => {
    const button = document.createElement('button');
    button.id = 'bench-bare-button';
    button.textContent = 'bench';
    document.body.prepend(button);
    (window as unknown as { clickDurations: number[] }).clickDurations = [];
  });
  for (let i = 0; i < clicks; i += 1) await page.locator('#bench-bare-button').click();
  await page.waitForTimeout(300);
  return page.evaluate(() => (window as unknown as { clickDurations: number[] }).clickDurations);
}

export async function benchUi(): Promise<void> {
  const build = spawnSync('./node_modules/.bin/vite', ['build', '--logLevel', 'error'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('vite build failed');
  const server = spawn('./node_modules/.bin/vite', ['preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore' });
  try {
    await new Promise((r) => setTimeout(r, 1500));
    const browser = await chromium.launch({
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, locale: 'fr-FR' });
    const js = await firstScreenJavaScript(page);
    console.log(`ui: JavaScript before the first screen: ${kb(js.gzipBytes)} gzip (budget 100 KB, ratio ${(js.gzipBytes / (100 * 1024)).toFixed(2)}) in ${js.files.length} files: ${js.files.join(', ')}`);
    const durations = await toggleDurations(page, 8);
    const scripts = await toggleScriptTimes(page, 8);
    console.log(`ui: module toggle, script (handler + React render and commit, ${scripts.length} clicks): median ${median(scripts).toFixed(1)} ms, max ${Math.max(...scripts).toFixed(1)} ms`);
    const bare = await bareClickDurations(page, 40);
    console.log(`ui: module toggle, click to next paint (Event Timing, ${durations.length} clicks): median ${median(durations).toFixed(1)} ms, max ${Math.max(...durations).toFixed(1)} ms; a bare button on the same page: median ${median(bare).toFixed(1)} ms; ratio ${(median(durations) / median(bare)).toFixed(2)} (one frame at 60 Hz = 16.7 ms; Event Timing rounds durations to 8 ms)`);
    await browser.close();
  } finally {
    server.kill();
  }
}
