import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Configuration } from '../../src/domain/configuration';
import type { CustomerDetails } from '../../src/domain/customer';
import type { Language } from '../../src/domain/language';
import { createConfiguratorStore } from '../../src/store/configurator-store';
import { DocumentsPanel } from '../../src/ui/export-panel';
import { StoreContext } from '../../src/ui/store-context';
import { defaultCatalog } from '../fixtures/catalogs';

const catalog = defaultCatalog();
const vm: Configuration = { catalog: '2026-11', items: [{ module: 'outscale-vm', quantity: 4 }], termMonths: 12, requirements: [], salesDiscountBp: 0 };
/** What QA typed: every required field filled in, five values the customer form refuses. */
const MISTYPED: CustomerDetails = {
  company: 'Métropole de Lyon', siret: '123456789', vatNumber: 'FR00123', contactName: 'y', email: 'bad@', phone: '12',
  address: '20 rue du Lac, 69003 Lyon', sector: 'public', reference: 'R'.repeat(60),
};

function renderPanel(lang: Language, customer: CustomerDetails) {
  const store = createConfiguratorStore({ catalog, lang });
  store.getState().replaceConfiguration(vm);
  store.getState().fillCustomer(customer);
  render(<StoreContext.Provider value={store}><DocumentsPanel /></StoreContext.Provider>);
  return store;
}

describe('the Documents panel, with customer details the customer form refuses', () => {
  beforeEach(() => {
    URL.createObjectURL = vi.fn(() => 'blob:devis');
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());

  it.each<[Language, string]>([
    ['fr', 'Coordonnées du client non valides : SIREN ou SIRET, n° de TVA intracommunautaire, e-mail, téléphone, référence client. Le devis ne les imprime pas'],
    ['en', 'Customer details not valid: SIREN or SIRET, EU VAT number, email, phone, customer reference. The quote does not print them'],
  ])('names them before any download, though none is missing (%s)', (lang, notice) => {
    renderPanel(lang, MISTYPED);
    expect(screen.getByText(/^(Coordonnées du client non valides|Customer details not valid)/)).toHaveTextContent(notice);
    expect(screen.queryByText(/^(Coordonnées du client manquantes|Customer details missing)/)).not.toBeInTheDocument();
  });

  it.each<[Language, string]>([
    ['fr', 'Coordonnée du client non valide : SIREN ou SIRET. Le devis ne l’imprime pas et l’indique « À compléter » ; corrigez-la dans le formulaire client avant l’envoi.'],
    ['en', 'Customer detail not valid: SIREN or SIRET. The quote does not print it and shows it as “To be completed”; correct it on the customer form before sending the quote.'],
  ])('speaks of one refused field in the singular (%s)', (lang, notice) => {
    renderPanel(lang, { ...MISTYPED, vatNumber: '', email: 'c.martin@example.fr', phone: '', reference: '' });
    expect(screen.getByText(/^(Coordonnée du client non valide|Customer detail not valid)/)).toHaveTextContent(notice);
  });

  it('speaks of one missing field in the singular, in English too', () => {
    renderPanel('en', { ...MISTYPED, siret: '200046977', vatNumber: '', email: 'c.martin@example.fr', phone: '', reference: '', address: '' });
    expect(screen.getByText(/^Customer detail missing/)).toHaveTextContent(
      'Customer detail missing: address. The quote shows it as “To be completed”; fill it in on the customer form before sending the quote.',
    );
  });

  it('stops naming a field once it is corrected, and says nothing once all are', () => {
    const store = renderPanel('fr', MISTYPED);
    act(() => store.getState().fillCustomer({ ...MISTYPED, siret: '200046977', vatNumber: '', email: 'c.martin@example.fr' }));
    expect(screen.getByText(/^Coordonnées du client non valides/)).toHaveTextContent(/non valides : téléphone, référence client\./);
    act(() => store.getState().fillCustomer({ ...MISTYPED, siret: '200046977', vatNumber: '', email: 'c.martin@example.fr', phone: '', reference: 'AO-2026-117' }));
    expect(screen.queryByText(/Coordonnées du client non valides/)).not.toBeInTheDocument();
  });

  it('says after the download which details to correct', async () => {
    renderPanel('fr', MISTYPED);
    await userEvent.click(screen.getByRole('button', { name: 'Exporter en CSV' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(
      /\.csv\. Informations client à corriger avant l’envoi : SIREN ou SIRET, n° de TVA intracommunautaire, e-mail, téléphone, référence client\.$/,
    ));
  });
});
