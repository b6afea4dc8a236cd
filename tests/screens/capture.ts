import { chromium } from '@playwright/test';

/**
 * `npm run screenshots`: renders the built app (served by `npm run preview`) at desktop and phone
 * widths into screenshots/, for a person to look at. Optional argument: a URL fragment to open.
 */
const base = process.env.APP_URL ?? 'http://127.0.0.1:4173/';
const hash = process.argv[2] ?? '';
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
for (const [name, width, height] of [['desktop', 1440, 1000], ['phone', 360, 780]] as const) {
  const page = await browser.newPage({ viewport: { width, height }, locale: 'fr-FR' });
  await page.goto(base + hash);
  await page.locator('[data-module]').first().waitFor();
  await page.screenshot({ path: `screenshots/${name}.png`, fullPage: process.env.FULL === '1' });
  await page.close();
}
await browser.close();
process.stdout.write('wrote screenshots/desktop.png and screenshots/phone.png\n');
