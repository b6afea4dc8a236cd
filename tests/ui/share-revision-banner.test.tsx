import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import archivedJson from '../../public/catalogs/2026-10.json';
import { parseCatalog } from '../../src/domain/catalog';
import type { Catalog } from '../../src/domain/catalog-schema';
import type { Configuration } from '../../src/domain/configuration';
import { createConfiguratorStore } from '../../src/store/configurator-store';
import { ShareRevisionBanner } from '../../src/ui/share-revision-banner';
import { StoreContext } from '../../src/ui/store-context';
import { plain } from './quote-test-kit';
import { defaultCatalog } from '../fixtures/catalogs';

const archived = (() => {
  const parsed = parseCatalog(archivedJson);
  if (!parsed.ok) throw new Error('public/catalogs/2026-10.json must be valid');
  return parsed.value;
})();

function renderBanner(catalog: Catalog, items: Configuration['items'], termMonths = 36, onReprice = vi.fn(), salesDiscountBp = 0) {
  const configuration = { catalog: catalog.version, items, termMonths, requirements: [], salesDiscountBp };
  const store = createConfiguratorStore({ catalog, lang: 'fr', bundle: { configuration, addedAutomatically: {} } });
  const view = render(
    <StoreContext.Provider value={store}>
      <ShareRevisionBanner current={defaultCatalog()} onReprice={onReprice} />
    </StoreContext.Provider>,
  );
  return { store, onReprice, ...view };
}

describe('the banner of a quote opened on an older catalog revision', () => {
  it('names the revision and, on request, lists withdrawn modules, price changes and term rates before the switch', async () => {
    const user = userEvent.setup();
    const { onReprice } = renderBanner(archived, [{ module: 'alinto-mail-archive', quantity: 40 }, { module: 'outscale-vm', quantity: 2 }]);
    expect(screen.getByRole('heading', { name: 'Devis établi sur le catalogue 2026-10' })).toBeInTheDocument();
    const compare = screen.getByRole('button', { name: 'Re-chiffrer sur le catalogue du jour' });
    expect(compare).toHaveAttribute('aria-expanded', 'false');
    await user.click(compare);
    expect(compare).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('Le module Alinto Archivage de messagerie n’est plus proposé : il a été retiré.')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Prix modifiés (par mois, HT)' });
    const row = within(table).getByRole('row', { name: /Outscale Machines virtuelles/ });
    expect(plain(row.textContent)).toBe('Outscale Machines virtuelles170,00 €178,00 €');
    expect(screen.getByText('Remise d’engagement sur 36 mois : 18 % → 20 %')).toBeInTheDocument();
    expect(plain(screen.getByText(/^Total mensuel HT/).textContent)).toBe('Total mensuel HT : 172,20 € → 142,40 €');
    await user.click(screen.getByRole('button', { name: 'Passer au catalogue du jour (2026-11)' }));
    expect(onReprice).toHaveBeenCalledOnce();
  });

  it('says when re-pricing changes nothing', async () => {
    const user = userEvent.setup();
    renderBanner(archived, [{ module: 'cryptpad-team', quantity: 10 }], 12);
    await user.click(screen.getByRole('button', { name: 'Re-chiffrer sur le catalogue du jour' }));
    expect(screen.getByText('Aucun module retiré, aucun prix modifié : le devis est le même.')).toBeInTheDocument();
  });

  it('QA: names a new bundle rate, VAT rate, approval threshold and module name, instead of « le devis est le même »', async () => {
    const user = userEvent.setup();
    const today = defaultCatalog();
    const older: Catalog = {
      ...today, version: '2026-09', vatRateBp: 2100,
      discounts: { ...today.discounts, bundle: [{ minDrawers: 3, rateBp: 300 }], salesApprovalThresholdBp: 2000 },
      modules: today.modules.map((m) => (m.id === 'cryptpad-team' ? { ...m, name: { ...m.name, fr: 'CryptPad Collectif' } } : m)),
    };
    const items = [{ module: 'alinto-mail-essential', quantity: 25 }, { module: 'cryptpad-team', quantity: 25 }, { module: 'outscale-vm', quantity: 2 }];
    renderBanner(older, items, 12, vi.fn(), 1800);
    await user.click(screen.getByRole('button', { name: 'Re-chiffrer sur le catalogue du jour' }));
    expect(screen.queryByText(/le devis est le même/)).toBeNull();
    expect(screen.getByRole('listitem')).toHaveTextContent('« CryptPad Collectif » s’appelle désormais « CryptPad Équipe ».');
    expect(plain(screen.getByText(/^Remise multi-tiroirs/).textContent)).toBe('Remise multi-tiroirs : 3 % → 5 %');
    expect(plain(screen.getByText(/^Taux de TVA/).textContent)).toBe('Taux de TVA : 21 % → 20 % (les montants TTC changent)');
    expect(plain(screen.getByText(/^La remise commerciale/).textContent)).toBe('La remise commerciale de 18 % demandera une validation (seuil : 15 %).');
  });

  it('is not shown on today’s catalog', () => {
    const { container } = renderBanner(defaultCatalog(), [{ module: 'outscale-vm', quantity: 2 }]);
    expect(container).toBeEmptyDOMElement();
  });
});
