import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeShareCode } from '../../src/domain/share-code';
import { moduleCard } from './configurator';

/**
 * 404.html as a static host serves it for a path it does not have (GitHub Pages, Netlify…); `vite preview` serves the
 * app for any path instead, so the host's answer is played by a route.
 */
const notFoundPage = () => readFileSync(join(process.env.PW_DIST ?? 'dist', '404.html'), 'utf8');

test('a « %23 » link that a static host answers with 404.html is turned back into the link, and the configurator opens its quote', async ({ page }) => {
  await page.route(/\/%23[^/]*$/, (route) => route.fulfill({ status: 404, contentType: 'text/html', body: notFoundPage() }));
  const code = encodeShareCode({ catalog: '2026-11', items: [{ module: 'outscale-vm', quantity: 4 }], termMonths: 36, requirements: [], salesDiscountBp: 0 });
  await page.goto(`./%23${code}`);
  await expect(moduleCard(page, 'outscale-vm')).toHaveAttribute('data-state', 'selected');
  await expect(moduleCard(page, 'outscale-vm').getByRole('spinbutton')).toHaveValue('4');
  expect(new URL(page.url()).hash).toBe(`#${code}`);
  expect(new URL(page.url()).pathname).not.toContain('%23');
});

test('any other missing page says so in both languages and leads to the configurator, within its own security policy', async ({ page }) => {
  const refused: string[] = [];
  page.on('console', (message) => /Content Security Policy/i.test(message.text()) && refused.push(message.text()));
  await page.route(/\/no-such-page$/, (route) => route.fulfill({ status: 404, contentType: 'text/html', body: notFoundPage() }));
  await page.goto('./no-such-page');
  await expect(page.getByRole('heading', { name: 'Page introuvable' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/no-such-page');
  expect(refused).toEqual([]);
  await page.getByRole('link', { name: 'Ouvrir le configurateur' }).click();
  await expect(page.locator('[data-module]').first()).toBeVisible();
});
