import { expect, test } from '@playwright/test';
import { moduleCard, openConfigurator } from './configurator';

test('each demanded-qualification toggle is described by what the qualification means, shown by « Qu’est-ce que c’est ? »', async ({ page }) => {
  await openConfigurator(page);
  await expect(page.getByRole('checkbox', { name: 'HDS', exact: true })).toHaveAccessibleDescription(
    'Certification Hébergeur de Données de Santé, obligatoire pour héberger des données de santé en France.',
  );
  const explanation = page.locator('.requirements').getByText('Système de management de la sécurité de l’information certifié.');
  await expect(explanation).toBeHidden();
  await page.getByText('Qu’est-ce que c’est ?').click();
  await expect(explanation).toBeVisible();
});

test('keyboard: Tab from a card’s checkbox reaches its badges, Enter shows what they mean', async ({ page }) => {
  await openConfigurator(page);
  const card = moduleCard(page, 'wallix-bastion');
  const meaning = card.getByText('Certification de Sécurité de Premier Niveau délivrée par l’ANSSI à un produit de sécurité.');
  await expect(meaning).toBeHidden();
  await card.getByRole('checkbox').focus();
  await page.keyboard.press('Tab');
  await expect(card.getByText('CSPN', { exact: true }).first()).toBeVisible();
  await expect(page.locator(':focus')).toHaveText(/CSPN/);
  await page.keyboard.press('Enter');
  await expect(meaning).toBeVisible();
});

test.describe('on a touch screen', () => {
  test.use({ viewport: { width: 360, height: 780 }, hasTouch: true, isMobile: true });
  test('a tap on a card’s badges shows what each qualification means', async ({ page }) => {
    await openConfigurator(page);
    const card = moduleCard(page, 'outscale-vm');
    const badges = card.locator('summary');
    await expect(badges).toHaveAccessibleName('Qualifications SecNumCloud HDS ISO 27001 — Outscale Machines virtuelles');
    await badges.tap();
    await expect(card.getByText('Certification Hébergeur de Données de Santé, obligatoire pour héberger des données de santé en France.')).toBeVisible();
    await expect(card.getByText(/^Qualification de l’ANSSI pour les services d’hébergement en nuage/)).toBeVisible();
  });
});
