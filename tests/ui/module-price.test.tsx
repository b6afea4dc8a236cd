import { describe, expect, it } from 'vitest';
import { Configurator } from '../../src/ui/configurator';
import { renderWithStore } from './render-with-store';

const priceOf = (id: string) =>
  document.querySelector(`[data-module="${id}"] .module-price-main`)?.textContent?.replace(/[\u00a0\u202f]/g, ' ');

describe('module prices on the cards', () => {
  it.each([
    ['fr', '250,00 € HT / mois jusqu’à 50 utilisateurs'],
    ['en', '€250.00 excl. VAT / month for up to 50 users'],
  ] as const)('in %s, a flat first tier reads as one price for up to its quantity', (lang, text) => {
    renderWithStore(<Configurator />, () => {}, lang);
    expect(priceOf('xwiki-knowledge')).toBe(text);
  });
});
