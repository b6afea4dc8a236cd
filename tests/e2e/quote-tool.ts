import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { TESTED_CATALOG_FILE } from '../fixtures/catalogs';

/**
 * Runs the `quote` tool (spec §5) on a configuration and returns its JSON, on the revision the journeys' build serves
 * (tests/run-all.mjs), whatever version src/data/catalog.json has reached.
 */
export function quoteTool(configuration: unknown): { totals: Record<string, number>; valid: boolean; lines: { module: string }[] } {
  const file = join(mkdtempSync(join(tmpdir(), 'collabnext-e2e-')), 'configuration.json');
  writeFileSync(file, JSON.stringify(configuration));
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/quote.ts', '--catalog', TESTED_CATALOG_FILE, '--config', file], { encoding: 'utf8' });
  return JSON.parse(out);
}

/** The configuration the page has saved as its draft (what a reload would restore). */
export async function savedConfiguration(page: Page): Promise<unknown> {
  const draft = await page.evaluate(() => localStorage.getItem('collabnext.draft'));
  return draft ? JSON.parse(draft).configuration : undefined;
}

/** Every total the page shows, by its §4 name, in cents. */
export async function totalsOnScreen(page: Page): Promise<Record<string, number>> {
  // The quote follows a change one frame after the cards (ui/after-frame.ts): a frame, the task after it, and the next
  // frame, so a read just after a card changed state reads the quote of that state.
  await page.evaluate(() => new Promise<void>((caughtUp) => requestAnimationFrame(() => setTimeout(() => requestAnimationFrame(() => caughtUp())))));
  return page.locator('[data-total]').evaluateAll((nodes) =>
    Object.fromEntries(nodes.map((n) => [n.getAttribute('data-total') ?? '', Number(n.getAttribute('data-cents'))])),
  );
}
