import { describe, expect, it } from 'vitest';
import { aConfiguration, quoteCatalog, quoteOf } from './quote-fixtures';

/** a2 costs 5 cents a unit, b1 333 cents: small amounts put each rounding exactly on half a cent. */
const catalog = quoteCatalog();

describe('each discount and VAT rounds exactly half a cent up', () => {
  it.each([
    // R = 5; C = 5 × 10 % = 0.5 → 1
    ['commitment', aConfiguration([['a2', 1]], { termMonths: 12 }), 'commitmentDiscount', 1],
    // R = 15; C = 1.5 → 2
    ['commitment 1.5', aConfiguration([['a2', 3]], { termMonths: 12 }), 'commitmentDiscount', 2],
    // R = 25; C = 25 × 20 % = 5 exactly (no rounding)
    ['commitment exact', aConfiguration([['a2', 5]], { termMonths: 36 }), 'commitmentDiscount', 5],
    // 2 drawers (5 %): R = 5 + 5 × 333 = 1,670; B = 83.5 → 84
    ['bundle', aConfiguration([['a2', 1], ['b1', 5]]), 'bundleDiscount', 84],
    // R = 10 + 333 = 343; B = 17.15 → 17, and R = 20 + 333 = 353; B = 17.65 → 18
    ['bundle below half', aConfiguration([['a2', 2], ['b1', 1]]), 'bundleDiscount', 17],
    ['bundle above half', aConfiguration([['a2', 4], ['b1', 1]]), 'bundleDiscount', 18],
    // R = 5; D = 5 × 10 % = 0.5 → 1
    ['sales', aConfiguration([['a2', 1]], { salesDiscountBp: 1000 }), 'salesDiscount', 1],
    // R = 45; D = 45 × 1 % = 0.45 → 0
    ['sales below half', aConfiguration([['a2', 9]], { salesDiscountBp: 100 }), 'salesDiscount', 0],
    // R = 5 → N = 5; VAT 10 % = 0.5 → 1 (20 % never lands on a half: a fifth of a cent is never .5)
    ['monthly VAT', aConfiguration([['a2', 1]]), 'monthlyVat', 1],
  ] as const)('%s', (_case, configuration, total, cents) => {
    expect(quoteOf(quoteCatalog({ vatRateBp: 1000 }), configuration).totals[total]).toBe(cents);
  });

  it('VAT at 5.5 %: 100 cents → 5.5 → 6 cents, and 10 cents → 0.55 → 1', () => {
    const reduced = quoteCatalog({ vatRateBp: 550 });
    expect(quoteOf(reduced, aConfiguration([['a2', 20]])).totals).toMatchObject({ monthlyNet: 100, monthlyVat: 6, monthlyGross: 106 });
    expect(quoteOf(reduced, aConfiguration([['a2', 2]])).totals).toMatchObject({ monthlyNet: 10, monthlyVat: 1, monthlyGross: 11 });
  });

  it('setup VAT at 10 %: 15,005 cents → 1,500.5 → 1,501; the setup is never discounted', () => {
    const withFee = quoteCatalog({ vatRateBp: 1000, modules: [{ ...catalog.modules[0]!, pricing: { model: 'perUnit', unitPrice: 100, setupFee: 15005 } }] });
    expect(quoteOf(withFee, aConfiguration([['a1', 1]], { termMonths: 36, salesDiscountBp: 1000 })).totals).toMatchObject({
      setupNet: 15005, setupVat: 1501, setupGross: 16506,
    });
  });

  it('each step rounds on what the previous step left, not on R', () => {
    // R = 15; C = 1.5 → 2; B: 1 drawer → 0; D = (15 − 2) × 50 % = 6.5 → 7; N = 6
    expect(quoteOf(catalog, aConfiguration([['a2', 3]], { termMonths: 12, salesDiscountBp: 5000 })).totals).toMatchObject({
      recurring: 15, commitmentDiscount: 2, bundleDiscount: 0, salesDiscount: 7, monthlyNet: 6,
    });
  });

  it('VAT is computed once on the monthly net, not per line (per line it would be 1 + 1 = 2 cents)', () => {
    // two lines of 10 cents at 5.5 %: 0.55 → 1 each, but on the total 20 × 5.5 % = 1.1 → 1
    const fiveCents = catalog.modules[1]!;
    const reduced = quoteCatalog({ vatRateBp: 550, modules: [{ ...fiveCents, id: 'x' }, { ...fiveCents, id: 'y' }] });
    expect(quoteOf(reduced, aConfiguration([['x', 2], ['y', 2]])).totals).toMatchObject({ monthlyNet: 20, monthlyVat: 1, monthlyGross: 21 });
  });
});
