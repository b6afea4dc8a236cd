import { expect, test, type Page } from '@playwright/test';
import { openConfigurator, selectModule } from './configurator';

/** The one polite live region that says each change to the configuration (the others speak of filters, sharing…). */
const announcer = (page: Page) => page.locator('.configurator-main > p[role="status"]');

/** What the region says once it has spoken, no-break spaces read as spaces. */
async function expectSaid(page: Page, text: string): Promise<void> {
  await expect.poll(async () => (await announcer(page).textContent())?.replace(/[\u00A0\u202F]/g, ' ')).toBe(text);
}

test.use({ viewport: { width: 1440, height: 1000 } });

test('each change to the configuration is said to screen readers, with the new monthly total', async ({ page }) => {
  await openConfigurator(page);
  await expect(announcer(page)).toHaveCount(1);
  await expect(announcer(page)).toBeEmpty();
  await expect(announcer(page)).toHaveAttribute('class', 'visually-hidden');

  await selectModule(page, 'Alinto Messagerie Essentielle');
  await expectSaid(page, 'Module Alinto Messagerie Essentielle ajouté. Total mensuel HT : 75,00 €.');
  await selectModule(page, 'WALLIX Authenticator (MFA)');
  await expectSaid(page, 'Module WALLIX Authenticator (MFA) ajouté. Module WALLIX Trustelem (authentification unique) ajouté d’office. Total mensuel HT : 200,00 €.');
  await page.getByLabel('Durée d’engagement').selectOption('36');
  await expectSaid(page, 'Engagement 36 mois. Total mensuel HT : 160,00 €.');
  await page.getByRole('checkbox', { name: 'HDS', exact: true }).check();
  await expectSaid(page, 'Exigence HDS ajoutée, 1 module écarté.');
  await page.keyboard.press('Control+z');
  await expectSaid(page, 'Annulé : exigence HDS levée, 1 module de nouveau disponible.');
  await page.keyboard.press('Control+Shift+z');
  await expectSaid(page, 'Rétabli : exigence HDS ajoutée, 1 module écarté.');

  const quantity = page.locator('[data-module="alinto-mail-essential"]').getByRole('spinbutton');
  await quantity.fill('30');
  await quantity.press('Enter');
  await expectSaid(page, 'Alinto Messagerie Essentielle passe à 30 utilisateurs. Total mensuel HT : 172,00 €.');
  // The conflict (30 mailboxes, 25 single sign-on users) is said by the banner, role="alert"; its repair by the region.
  await expect(page.getByRole('alert').filter({ hasText: 'ne peut pas être commandée' })).toBeVisible();
  await page.getByRole('button', { name: /^Passer WALLIX Trustelem/ }).click();
  await expectSaid(page, 'WALLIX Trustelem (authentification unique) passe à 30 utilisateurs. La configuration peut de nouveau être commandée. Total mensuel HT : 184,00 €.');
});

test('in English, the region speaks English', async ({ browser }) => {
  const page = await browser.newPage({ locale: 'en-US', viewport: { width: 1440, height: 1000 } });
  await openConfigurator(page);
  await page.getByRole('checkbox', { name: 'Alinto Essential Mail', exact: true }).check();
  await expectSaid(page, 'Alinto Essential Mail added. Monthly total excl. VAT: €75.00.');
  await page.close();
});

test('QA: unticking a module takes what was added for it, says so, and Ctrl+Z brings it all back with why', async ({ page }) => {
  await openConfigurator(page);
  const card = (id: string) => page.locator(`[data-module="${id}"]`);
  await selectModule(page, 'Outscale Sauvegarde');
  await expect(card('outscale-vm')).toHaveAttribute('data-state', 'selected');
  await expect(card('outscale-storage')).toContainText('Ajouté d’office');
  await page.getByRole('checkbox', { name: 'Outscale Sauvegarde', exact: true }).uncheck();
  await expectSaid(page, 'Module Outscale Sauvegarde retiré. Module Outscale Machines virtuelles retiré d’office. Module Outscale Stockage bloc retiré d’office. Total mensuel HT : 0,00 €.');
  await expect(card('outscale-vm')).toHaveAttribute('data-state', 'available');
  await expect(card('outscale-storage')).toHaveAttribute('data-state', 'available');
  await page.keyboard.press('Control+z');
  await expect(card('outscale-vm')).toHaveAttribute('data-state', 'selected');
  await expect(card('outscale-storage')).toContainText('Ajouté d’office');
});

test('QA: the receiver of a link unticks Outscale Sauvegarde and its volumes and server go too, as in the sender’s tab', async ({ page, browser }) => {
  await openConfigurator(page);
  await selectModule(page, 'Outscale Sauvegarde');
  await expect.poll(() => page.url()).toContain('#');
  const receiver = await browser.newPage({ locale: 'fr-FR', viewport: { width: 1440, height: 1000 } });
  await openConfigurator(receiver, new URL(page.url()).hash);
  await expect(receiver.locator('[data-module="outscale-storage"]')).toContainText('Ajouté d’office');
  await expect(receiver.locator('html[data-later-behaviours="running"]')).toBeAttached();
  await receiver.getByRole('checkbox', { name: 'Outscale Sauvegarde', exact: true }).uncheck();
  await expectSaid(receiver, 'Module Outscale Sauvegarde retiré. Module Outscale Machines virtuelles retiré d’office. Module Outscale Stockage bloc retiré d’office. Total mensuel HT : 0,00 €.');
  await receiver.close();
});
