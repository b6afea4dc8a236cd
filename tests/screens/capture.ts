import { chromium, type Page } from '@playwright/test';

/**
 * `npm run screenshots`: renders the built app (served by `npm run preview`) in its main states at
 * desktop and phone widths into screenshots/, for a person to look at.
 */
const base = process.env.APP_URL ?? 'http://127.0.0.1:4173/';
const check = (page: Page, name: string) => page.getByRole('checkbox', { name, exact: true }).check();
/** On a phone the quote is a bottom sheet: open it before touching its controls. */
async function openQuote(page: Page): Promise<void> {
  const open = page.getByRole('button', { name: 'Voir le devis' });
  if (await open.isVisible()) await open.click();
}

const states: Record<string, (page: Page) => Promise<void>> = {
  empty: async () => {},
  configured: async (page) => {
    for (const n of ['Alinto Messagerie Business', 'CryptPad Équipe', 'Jamespot Digital Workplace', 'Outscale Machines virtuelles', 'WALLIX Bastion']) await check(page, n);
    await openQuote(page);
    await page.getByLabel('Durée d’engagement').selectOption('12');
  },
  conflict: async (page) => {
    for (const n of ['Outscale Machines virtuelles', 'Outscale Stockage bloc', 'Outscale Sauvegarde']) await check(page, n);
    await page.locator('[data-module="outscale-backup"]').getByRole('spinbutton').fill('10');
    await page.getByRole('checkbox', { name: 'HDS', exact: true }).check();
    // The repairs load with their own code: wait for their buttons so the picture shows the banner whole.
    await page.getByRole('button', { name: /Passer Outscale Sauvegarde/ }).waitFor();
  },
  sales: async (page) => {
    for (const n of ['Alinto Messagerie Essentielle', 'Outscale Machines virtuelles', 'Jamespot Digital Workplace']) await check(page, n);
    await openQuote(page);
    await page.getByLabel('Mode commercial').check();
    await page.getByLabel('Remise commerciale (%)').fill('17,5');
    await page.getByLabel('Remise commerciale (%)').press('Enter');
  },
};

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
for (const [width, height, device] of [[1440, 1000, 'desktop'], [360, 780, 'phone']] as const) {
  for (const [state, build] of Object.entries(states)) {
    const page = await browser.newPage({ viewport: { width, height }, locale: 'fr-FR' });
    await page.goto(base);
    await page.locator('[data-module]').first().waitFor();
    await build(page);
    if (state !== 'sales') await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `screenshots/${device}-${state}.png`, fullPage: process.env.FULL === '1' });
    await page.close();
  }
}
await browser.close();
process.stdout.write('wrote screenshots/{desktop,phone}-{empty,configured,conflict,sales}.png\n');
