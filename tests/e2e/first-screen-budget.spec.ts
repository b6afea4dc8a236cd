import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The build the journeys are served (playwright.config.ts). */
const DIST = process.env.PW_DIST ?? 'dist';
/**
 * Issue #6: at most 100 KB of JavaScript, gzipped, before the first screen (npm run bench prints the figure), read as
 * 100 000 bytes: the stricter of its two readings (Vite's own report counts a kB as 1 000 bytes).
 */
const BUDGET = 100_000;

/*
 * A size, not a time: the same build gives the same bytes on any machine. Caught in session 13: a later file importing
 * a first-screen helper split it into a file of its own, fetched before the first screen, 43 bytes over the budget;
 * only the bench had said so.
 */
for (const locale of ['fr-FR', 'en-GB']) {
  test(`the JavaScript fetched before the first module card shows is at most 100 KB gzip (${locale})`, async ({ browser }) => {
    const page = await (await browser.newContext({ locale })).newPage();
    const files = new Set<string>();
    page.on('response', (response) => {
      const { pathname } = new URL(response.url());
      if (pathname.endsWith('.js')) files.add(pathname);
    });
    await page.goto('./');
    await page.locator('[data-module]').first().waitFor();
    const bytes = [...files].reduce((sum, path) => sum + gzipSync(readFileSync(join(DIST, path))).length, 0);
    expect(files.size).toBeGreaterThan(0);
    expect(bytes, `${bytes} bytes gzip in ${[...files].join(', ')}`).toBeLessThanOrEqual(BUDGET);
  });
}
