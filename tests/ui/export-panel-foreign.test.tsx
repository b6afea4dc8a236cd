import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Configuration } from '../../src/domain/configuration';
import type { CustomerDetails } from '../../src/domain/customer';
import type { Language } from '../../src/domain/language';
import { createConfiguratorStore } from '../../src/store/configurator-store';
import { DocumentsPanel } from '../../src/ui/export-panel';
import { StoreContext } from '../../src/ui/store-context';
import { defaultCatalog } from '../fixtures/catalogs';

const vm: Configuration = { catalog: '2026-11', items: [{ module: 'outscale-vm', quantity: 4 }], termMonths: 12, requirements: [], salesDiscountBp: 0 };
/** What QA typed for a Belgian customer: every detail but a SIREN, which a Belgian company does not have. */
const BRUSSELS: CustomerDetails = {
  company: 'Brussels Logistics SRL', siret: '', vatNumber: 'BE0403170701', contactName: 'Anna Peeters', email: 'anna.peeters@example.be',
  phone: '', address: 'Rue de la Loi 16, 1000 Bruxelles', sector: 'private', reference: '',
};

function renderPanel(lang: Language, customer: CustomerDetails) {
  const store = createConfiguratorStore({ catalog: defaultCatalog(), lang });
  store.getState().replaceConfiguration(vm);
  store.getState().fillCustomer(customer);
  render(<StoreContext.Provider value={store}><DocumentsPanel /></StoreContext.Provider>);
}

describe('the Documents panel, for a company of another member state', () => {
  it.each<[Language, CustomerDetails]>([
    ['en', BRUSSELS],
    ['fr', { ...BRUSSELS, company: 'Rhein Software GmbH', vatNumber: 'DE136695976' }],
  ])('asks for no SIREN when the VAT number identifies the company (%s)', (lang, customer) => {
    renderPanel(lang, customer);
    expect(screen.queryByText(/SIREN/)).not.toBeInTheDocument();
  });

  it.each<[Language, string]>([
    ['fr', 'Coordonnée du client manquante : SIREN ou SIRET. Le devis l’indique « À compléter » ; renseignez-la dans le formulaire client avant l’envoi. Une entreprise d’un autre État de l’UE ou de Monaco n’a pas de SIREN : saisissez plutôt son numéro de TVA intracommunautaire.'],
    ['en', 'Customer detail missing: SIREN or SIRET. The quote shows it as “To be completed”; fill it in on the customer form before sending the quote. A company from another EU member state or from Monaco has no SIREN: enter its EU VAT number instead.'],
  ])('without a VAT number, asks for the SIREN and says what stands for it abroad (%s)', (lang, notice) => {
    renderPanel(lang, { ...BRUSSELS, vatNumber: '' });
    expect(screen.getByText(/^(Coordonnée du client manquante|Customer detail missing)/)).toHaveTextContent(notice);
  });
});

describe('the Documents panel, on VAT for a company of another member state', () => {
  it.each<[Language, string]>([
    ['fr', 'Client identifié par un numéro de TVA d’un autre État membre (BE0403170701) : le devis applique le taux de TVA français du catalogue, comme le prévoit la grille tarifaire, mais pour ce client la TVA est normalement autoliquidée (art. 196 de la directive 2006/112/CE, art. 283-2 du CGI). Vérifiez avant l’envoi.'],
    ['en', 'Customer identified by another member state’s VAT number (BE0403170701): the quote applies the catalogue’s French VAT rate, as the price rules require, but for this customer VAT is normally self-assessed (reverse charge, art. 196 of Directive 2006/112/EC, art. 283-2 of the French tax code). Check before sending.'],
  ])('warns that VAT is normally self-assessed, the devis charging it as the spec says (%s)', (lang, warning) => {
    renderPanel(lang, { ...BRUSSELS, vatNumber: 'be 0403 170 701' });
    expect(screen.getByText(/^(Client identifié|Customer identified)/)).toHaveTextContent(warning);
  });

  it.each<[string, Partial<CustomerDetails>]>([
    ['a French VAT number', { siret: '732829320', vatNumber: 'FR44732829320' }],
    ['no VAT number', { siret: '732829320', vatNumber: '' }],
    ['a VAT number the form refuses', { vatNumber: 'BE040317070' }],
  ])('says nothing of it with %s', (_, details) => {
    renderPanel('fr', { ...BRUSSELS, ...details });
    expect(screen.queryByText(/autoliquid/)).not.toBeInTheDocument();
  });

  it('says nothing of it while there is no quote', () => {
    const store = createConfiguratorStore({ catalog: defaultCatalog(), lang: 'en' });
    store.getState().fillCustomer(BRUSSELS);
    render(<StoreContext.Provider value={store}><DocumentsPanel /></StoreContext.Provider>);
    expect(screen.queryByText(/reverse charge/)).not.toBeInTheDocument();
  });
});
