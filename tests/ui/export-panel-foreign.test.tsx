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
    ['fr', 'Coordonnée du client manquante : SIREN ou SIRET. Le devis l’indique « À compléter » ; renseignez-la dans le formulaire client avant l’envoi. Une entreprise d’un autre État de l’UE n’a pas de SIREN : saisissez plutôt son numéro de TVA intracommunautaire.'],
    ['en', 'Customer detail missing: SIREN or SIRET. The quote shows it as “To be completed”; fill it in the customer form before sending the quote. A company from another EU member state has no SIREN: enter its EU VAT number instead.'],
  ])('without a VAT number, asks for the SIREN and says what stands for it abroad (%s)', (lang, notice) => {
    renderPanel(lang, { ...BRUSSELS, vatNumber: '' });
    expect(screen.getByText(/^(Coordonnée du client manquante|Customer detail missing)/)).toHaveTextContent(notice);
  });
});
