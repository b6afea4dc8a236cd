import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/domain/language';
import { money } from '../../src/domain/money';
import type { LinePrice } from '../../src/domain/pricing-breakdown';
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

function shownTerms(lang: Language): string[] {
  const store = createConfiguratorStore({ catalog: defaultCatalog(), lang });
  render(<StoreContext.Provider value={store}><QuoteTierDetails line={LINE} /></StoreContext.Provider>);
  return screen.getAllByRole('listitem').map((li) => li.firstElementChild?.textContent ?? '');
}

describe('the tier breakdown', () => {
  it.each<[Language, string[]]>([
    ['fr', ['Unités 1 à 1\u202F000\u00A0: 1\u202F000 × 5,00\u00A0€', 'Unités 1\u202F001 à 1\u202F234\u00A0: 234 × 4,00\u00A0€']],
    ['en', ['Units 1 to 1,000: 1,000 × €5.00', 'Units 1,001 to 1,234: 234 × €4.00']],
  ])('writes tier bounds and units like every other number of the page (%s)', (lang, terms) => {
    expect(shownTerms(lang)).toEqual(terms);
  });
});
