import { expect, test } from '@playwright/test';
import { decodeShareLink } from '../../src/domain/share-link';
import { openConfigurator, selectModule } from './configurator';

test('a link made with a long customer address says, as it is copied, that the address is cut to 400 bytes; the receiver gets it cut', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openConfigurator(page);
  await selectModule(page, 'CryptPad Équipe');
  const address = `Hôtel de la Métropole, 20 rue du Lac, 69003 Lyon — ${'bâtiment B, '.repeat(40)}`;
  await page.getByLabel('Adresse postale').fill(address);
  await page.getByLabel('Raison sociale').fill('Métropole de Lyon');
  const panel = page.getByRole('region', { name: 'Partager ce devis' });
  await panel.getByRole('checkbox', { name: 'Inclure les coordonnées du client' }).check();
  await panel.getByRole('button', { name: 'Copier le lien de partage' }).click();
  await expect(panel.getByRole('status')).toHaveText('Lien copiéCoordonnée raccourcie à 400 octets dans le lien : adresse.');
  const decoded = decodeShareLink(await page.evaluate(() => navigator.clipboard.readText()));
  if (!decoded.ok) throw new Error(decoded.error.kind);
  expect(decoded.value.customer?.company).toBe('Métropole de Lyon');
  expect(address.startsWith(decoded.value.customer?.address ?? '-')).toBe(true);
  expect(new TextEncoder().encode(decoded.value.customer?.address).length).toBeLessThanOrEqual(400);
});
