import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Configurator } from '../../src/ui/configurator';
import { QuotePanel } from '../../src/ui/quote-panel';
import { renderWithStore } from './render-with-store';
import { afterFrame } from './frame';

const plain = (text: string | null | undefined) => text?.replace(/[\u00a0\u202f]/g, ' ');
const priceOf = (id: string) => plain(document.querySelector(`[data-module="${id}"] .module-price-main`)?.textContent);
const tierOf = (id: string) => plain(document.querySelector(`[data-module="${id}"] .module-price-tier`)?.textContent) ?? null;

describe('module prices on the cards', () => {
  it.each([
    ['fr', '250,00 € HT / mois jusqu’à 50 utilisateurs'],
    ['en', '€250.00 excl. VAT / month for up to 50 users'],
  ] as const)('in %s, a flat first tier reads as one price for up to its quantity', (lang, text) => {
    renderWithStore(<Configurator />, () => {}, lang);
    expect(priceOf('xwiki-knowledge')).toBe(text);
  });

  it.each([
    ['fr', 'jamespot-intranet', '300,00 € HT / mois pour 50 utilisateurs', '3,00 € HT / mois pour chaque utilisateur au-delà de 1 000'],
    ['fr', 'alinto-mail-business', '150,00 € HT / mois pour 25 utilisateurs', '4,50 € HT / mois pour chaque utilisateur au-delà de 500'],
    ['fr', 'outscale-storage', '12,00 € HT / mois pour 100 Gio', '0,08 € HT / mois pour chaque Gio au-delà de 10 000'],
    ['fr', 'cryptpad-enterprise', '700,00 € HT / mois pour 100 utilisateurs', '5,00 € HT / utilisateur / mois dès 1 001 utilisateurs'],
    ['fr', 'jamespot-intranet-secnum', '1 100,00 € HT / mois pour 100 utilisateurs', '6,00 € HT / utilisateur / mois dès 2 501 utilisateurs + 200,00 € HT / mois'],
    ['fr', 'wallix-bastion', '400,00 € HT / mois pour 10 équipements protégés', '25,00 € HT / équipement protégé / mois dès 105 équipements protégés'],
    ['fr', 'xwiki-knowledge', '250,00 € HT / mois jusqu’à 50 utilisateurs', '2,50 € HT / utilisateur / mois dès 501 utilisateurs'],
    ['fr', 'alinto-mail-essential', '3,00 € HT / utilisateur / mois', null],
    ['fr', 'glowbl-events', '490,00 € HT / mois', null],
    ['en', 'jamespot-intranet', '€300.00 excl. VAT / month for 50 users', '€3.00 excl. VAT / month for each user beyond 1,000'],
    ['en', 'jamespot-intranet-secnum', '€1,100.00 excl. VAT / month for 100 users', '€6.00 excl. VAT / user / month from 2,501 users + €200.00 excl. VAT / month'],
    ['en', 'outscale-storage', '€12.00 excl. VAT / month for 100 GiB', '€0.08 excl. VAT / month for each GiB beyond 10,000'],
  ] as const)('in %s, %s: « %s », then « %s »', (lang, id, price, tier) => {
    renderWithStore(<Configurator />, () => {}, lang);
    expect([priceOf(id), tierOf(id)]).toEqual([price, tier]);
  });

  it.each([
    ['jamespot-intranet', '300,00 €'],
    ['alinto-mail-business', '150,00 €'],
    ['outscale-storage', '12,00 €'],
    ['jamespot-intranet-secnum', '1 100,00 €'],
  ])('ticking %s adds to the quote the monthly price its card states: %s', async (id, amount) => {
    renderWithStore(<><Configurator /><QuotePanel /></>);
    await userEvent.click(within(document.querySelector<HTMLElement>(`[data-module="${id}"]`)!).getByRole('checkbox'));
    await afterFrame();
    expect(priceOf(id)).toContain(amount);
    expect(plain(screen.getAllByText((_, el) => el?.classList.contains('quote-line-amount') ?? false)[0]?.textContent)).toBe(amount);
  });
});
