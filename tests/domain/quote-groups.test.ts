import { describe, expect, it } from 'vitest';
import { bundleProgress } from '../../src/domain/bundle-progress';
import { money } from '../../src/domain/money';
import type { LinePrice } from '../../src/domain/pricing-breakdown';
import { groupLinesByDrawer, hasTierBreakdown, singleUnitPrice } from '../../src/domain/quote-groups';
import { aCatalogInput, aModule, validCatalog } from '../fixtures/catalogs';

const line = (module: string, overrides: Partial<LinePrice> = {}): LinePrice => ({
  module, quantity: 1, model: 'perUnit', monthly: money(100), setup: money(0), components: [], ...overrides,
});

describe('groupLinesByDrawer', () => {
  it('puts drawers in catalog order and keeps configuration order inside a drawer', () => {
    const catalog = validCatalog(aCatalogInput([aModule('a1'), aModule('a2'), aModule('b1', { drawer: 'b' }), aModule('c1', { drawer: 'c' })]));
    const groups = groupLinesByDrawer(catalog, [line('c1'), line('a2'), line('b1'), line('a1')]);
    expect(groups.map((g) => [g.drawer, g.lines.map((l) => l.module)])).toEqual([['a', ['a2', 'a1']], ['b', ['b1']], ['c', ['c1']]]);
  });
});

describe('singleUnitPrice and hasTierBreakdown', () => {
  const units = (unitPrice: number, tier: number | null) =>
    ({ kind: 'units', tier, firstUnit: 1, lastUnit: 1, units: 1, unitPrice: money(unitPrice), amount: money(unitPrice) }) as const;
  it.each([
    ['perUnit', [units(450, null)], 450, false],
    ['volume', [units(300, 2)], 300, true],
    ['volume', [units(300, 2), { kind: 'tierFlatFee', tier: 2, amount: money(1000) } as const], null, true],
    ['volume', [units(0, 0), { kind: 'tierFlatFee', tier: 0, amount: money(25000) } as const], null, true],
    ['graduated', [units(500, 0), units(400, 1)], null, true],
    ['graduated', [units(500, 0)], 500, true],
    ['flat', [{ kind: 'flatPrice', amount: money(5000) } as const], null, false],
  ] as const)('a %s line: unit price %s, tier breakdown %s', (model, components, unitPrice, tiers) => {
    const priced = line('m', { model, components: [...components] });
    expect(singleUnitPrice(priced)).toBe(unitPrice);
    expect(hasTierBreakdown(priced)).toBe(tiers);
  });
});

describe('bundleProgress', () => {
  const catalog = validCatalog(aCatalogInput([aModule('m1')], [], {
    discounts: { commitment: [{ months: 1, rateBp: 0 }], bundle: [{ minDrawers: 2, rateBp: 500 }, { minDrawers: 3, rateBp: 1000 }, { minDrawers: 4, rateBp: 2000 }], salesApprovalThresholdBp: 1500 },
  }));
  it.each([
    [0, null, { minDrawers: 2, rateBp: 500, drawersToGo: 2 }],
    [1, null, { minDrawers: 2, rateBp: 500, drawersToGo: 1 }],
    [2, { minDrawers: 2, rateBp: 500 }, { minDrawers: 3, rateBp: 1000, drawersToGo: 1 }],
    // The catalog has 3 drawers: the 4-drawer tier can never be reached, so no hint for it.
    [3, { minDrawers: 3, rateBp: 1000 }, null],
  ])('with %i drawers: reached %j, next %j', (drawers, reached, next) => {
    expect(bundleProgress(catalog, drawers)).toEqual({ reached, next });
  });
});
