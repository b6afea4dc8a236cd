import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/domain/language';
import { money } from '../../src/domain/money';
import type { LinePrice } from '../../src/domain/pricing-breakdown';
import { priceLine } from '../../src/domain/pricing';
import { createConfiguratorStore } from '../../src/store/configurator-store';
import { QuoteTierDetails } from '../../src/ui/quote-tier-details';
import { StoreContext } from '../../src/ui/store-context';
import { defaultCatalog } from '../fixtures/catalogs';

/** 1,234 users on graduated tiers: the last tier holds units 1,001 to 1,234. */
const LINE: LinePrice = {
  module: 'm', quantity: 1234, model: 'graduated', monthly: money(598600), setup: money(0),
  components: [
    { kind: 'units', tier: 0, firstUnit: 1, lastUnit: 1000, units: 1000, unitPrice: money(500), amount: money(500000) },
    { kind: 'units', tier: 1, firstUnit: 1001, lastUnit: 1234, units: 234, unitPrice: money(400), amount: money(93600) },
  ],
};

/** Alinto Messagerie Business's users on its graduated tiers (up to 50, up to 500, then more), as the quote prices them. */
function alintoBusiness(quantity: number): LinePrice {
  const module = defaultCatalog().modules.find((m) => m.id === 'alinto-mail-business');
  if (!module) throw new Error('alinto-mail-business is not in the default catalog');
  return priceLine(module, quantity);
}

function shownTerms(lang: Language, line: LinePrice = LINE): string[] {
  const store = createConfiguratorStore({ catalog: defaultCatalog(), lang });
  render(<StoreContext.Provider value={store}><QuoteTierDetails line={line} name="Alinto Messagerie Business" /></StoreContext.Provider>);
  return screen.getAllByRole('listitem').map((li) => li.firstElementChild?.textContent ?? '');
}

describe('the tier breakdown', () => {
  it.each<[Language, string[]]>([
    ['fr', ['Unités 1 à 1\u202F000\u00A0: 1\u202F000 × 5,00\u00A0€', 'Unités 1\u202F001 à 1\u202F234\u00A0: 234 × 4,00\u00A0€']],
    ['en', ['Units 1 to 1,000: 1,000 × €5.00', 'Units 1,001 to 1,234: 234 × €4.00']],
  ])('writes tier bounds and units like every other number of the page (%s)', (lang, terms) => {
    expect(shownTerms(lang)).toEqual(terms);
  });

  it.each<[Language, number, string]>([
    ['fr', 51, 'Unité 51\u00A0: 1 × 5,20\u00A0€'],
    ['fr', 501, 'Unité 501\u00A0: 1 × 4,50\u00A0€'],
    ['en', 51, 'Unit 51: 1 × €5.20'],
    ['en', 501, 'Unit 501: 1 × €4.50'],
  ])('names a tier holding one unit by that unit, not « from 51 to 51 » (%s, %i users)', (lang, quantity, term) => {
    expect(shownTerms(lang, alintoBusiness(quantity)).at(-1)).toBe(term);
  });
});
