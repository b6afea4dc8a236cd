import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const [w, h, tag] of [[1440, 1000, 'desk'], [360, 780, 'phone']] as const) {
  const page = await browser.newPage({ viewport: { width: w, height: h }, locale: 'fr-FR' });
  await page.route(/later-parts-.*\.js/, () => {});
  await page.goto('http://127.0.0.1:4311/');
  await page.locator('[data-module]').first().waitFor();
  for (const n of ['Alinto Messagerie Essentielle', 'Outscale Sauvegarde']) await page.getByRole('checkbox', { name: n, exact: true }).check();
  if (tag === 'phone') await page.getByRole('button', { name: 'Voir le devis' }).click();
  await page.waitForTimeout(500);
  await page.screenshot({ path: `/tmp/held-${tag}.png` });
  await page.close();
}
await browser.close();
