import { describe, expect, it } from 'vitest';
import { describeFinding, lintCatalog } from '../../../src/domain/engine/lint-catalog';
import { aCatalogInput, aModule, defaultCatalog, validCatalog } from '../../fixtures/catalogs';
import { engineCatalog, excludes, quantity, recommends, requires } from './engine-fixtures';

describe('the catalog linter finds planted defects, each naming the module or rule and why', () => {
  it.each([
    ['a clean catalog', [requires('a1-a2', 'a1', ['a2']), excludes('a3-c1', ['a3', 'c1'])], []],
    ['a module never selectable: it requires a module it excludes', [requires('a1-a2', 'a1', ['a2']), excludes('a1-a2-x', ['a1', 'a2'])],
      [{ kind: 'never-selectable', module: 'a1', rules: ['a1-a2', 'a1-a2-x'] },
        { kind: 'never-fires', rule: 'a1-a2', reason: 'its module a1 can never be selected' },
        { kind: 'never-fires', rule: 'a1-a2-x', reason: 'fewer than two of its modules can ever be selected' }]],
    ['a module never selectable under a qualification it holds: its only option lacks it', [requires('a1-b3', 'a1', ['b3'])],
      [{ kind: 'never-selectable-under-demand', module: 'a1', drawer: 'a', qualifications: ['q1'], held: ['q1'], rules: ['qualification:q1', 'a1-b3'] }]],
    ['a module always implied', [requires('a2-a1', 'a2', ['a1']), requires('a3-a1', 'a3', ['a1']), requires('a4-a1', 'a4', ['a1']),
      requires('b1-a1', 'b1', ['a1']), requires('b2-a1', 'b2', ['a1']), requires('b3-a1', 'b3', ['a1']),
      requires('c1-a1', 'c1', ['a1']), requires('c2-a1', 'c2', ['a1']), requires('c3-a1', 'c3', ['a1'])],
      [{ kind: 'always-implied', module: 'a1' }]],
    ['an excludes the drawer already enforces', [excludes('b1-b2', ['b1', 'b2'])], [{ kind: 'redundant', rule: 'b1-b2', impliedBy: ['drawer:b'] }]],
    ['a requires implied by a chain', [requires('a1-a2', 'a1', ['a2']), requires('a2-a3', 'a2', ['a3']), requires('a1-a3', 'a1', ['a3', 'c1'])],
      [{ kind: 'redundant', rule: 'a1-a3', impliedBy: ['a1-a2', 'a2-a3'] }]],
    ['a recommends that never fires: the module always comes with the option', [requires('a1-a2', 'a1', ['a2']), recommends('a1-likes-a2', 'a1', ['a2'])],
      [{ kind: 'never-fires', rule: 'a1-likes-a2', reason: 'a1 never comes without one of a2' }]],
    ['a suggestion that can never be followed: its only option is excluded with the module', [excludes('a1-c2', ['a1', 'c2']), recommends('a1-likes-c2', 'a1', ['c2'])],
      [{ kind: 'unfollowable', rule: 'a1-likes-c2', module: 'a1', options: ['c2'] }]],
    ['a suggestion with one option that can be followed is clean', [excludes('a1-c2', ['a1', 'c2']), recommends('a1-likes-c2-or-c3', 'a1', ['c2', 'c3'])], []],
    ['a quantity rule over modules never selected together', [excludes('a1-c1', ['a1', 'c1']), quantity('c1-per-a1', 'c1', ['a1'], 1)],
      [{ kind: 'never-fires', rule: 'c1-per-a1', reason: 'c1 can never be selected with any of a1' }]],
    ['quantity bounds the module’s max cannot meet: 2 × 51 > 100, the smallest failing total (not a1’s max, 1000)', [quantity('c3-double', 'c3', ['a1'], 2)],
      [{ kind: 'quantity-unreachable', rule: 'c3-double', of: ['a1'], total: 51 }]],
    ['quantity bounds the module’s min cannot meet (0.5 × 1 < 10)', [quantity('c3-half', 'c3', ['a1'], undefined, 0.5)],
      [{ kind: 'quantity-unreachable', rule: 'c3-half', of: ['a1'], total: 1 }]],
  ] as const)('%s', (_name, rules, expected) => {
    expect(lintCatalog(engineCatalog([...rules]))).toEqual(expected);
  });
});

describe('quantity rules whose bounds exclude each other, or that a step leaves unmet, are findings', () => {
  /** Storage `st` (10 to 1,000 GiB by 10), backup `bk` (5 to 2,000 by 5), seats `x` (10 to 100 by 10), users `y` and `z` (10 to 100 by 1). */
  const lint = (rules: Parameters<typeof engineCatalog>[0]) => lintCatalog(validCatalog(aCatalogInput([
    aModule('st', { quantity: { min: 10, max: 1000, step: 10, default: 100 } }),
    aModule('bk', { quantity: { min: 5, max: 2000, step: 5, default: 125 } }),
    aModule('x', { quantity: { min: 10, max: 100, step: 10, default: 10 } }),
    aModule('y', { quantity: { min: 10, max: 100, step: 1, default: 10 } }),
    aModule('z', { quantity: { min: 10, max: 100, step: 1, default: 10 } }),
    aModule('in-b', { drawer: 'b' }), aModule('in-c', { drawer: 'c' }),
  ], rules)));
  const backupNeedsStorage = requires('bk-st', 'bk', ['st']);
  it.each([
    ['backup at least 1.25 × and at most 1 × storage, and backup requires storage: no valid configuration holds backup',
      [backupNeedsStorage, quantity('bk-covers', 'bk', ['st'], 1.25), quantity('bk-within', 'bk', ['st'], undefined, 1)],
      [{ kind: 'quantity-contradiction', module: 'bk', of: ['st'], without: [], always: true, min: { rule: 'bk-covers', factor: 1.25 }, max: { rule: 'bk-within', factor: 1 } }]],
    ['the same two rules without the requires: broken whenever both modules are chosen',
      [quantity('bk-within', 'bk', ['st'], undefined, 1), quantity('bk-covers', 'bk', ['st'], 1.25)],
      [{ kind: 'quantity-contradiction', module: 'bk', of: ['st'], without: [], always: false, min: { rule: 'bk-covers', factor: 1.25 }, max: { rule: 'bk-within', factor: 1 } }]],
    ['one rule whose minimum (2 ×) exceeds its maximum (1 ×)', [backupNeedsStorage, quantity('bk-twice-at-most-once', 'bk', ['st'], 2, 1)],
      [{ kind: 'quantity-contradiction', module: 'bk', of: ['st'], without: [], always: true, min: { rule: 'bk-twice-at-most-once', factor: 2 }, max: { rule: 'bk-twice-at-most-once', factor: 1 } }]],
    ['a minimum over more modules than the maximum counts: broken whenever the maximum applies', [quantity('bk-covers', 'bk', ['y', 'z'], 2), quantity('bk-within', 'bk', ['y'], undefined, 1.5)],
      [{ kind: 'quantity-contradiction', module: 'bk', of: ['y'], without: [], always: false, min: { rule: 'bk-covers', factor: 2 }, max: { rule: 'bk-within', factor: 1.5 } }]],
    ['a maximum over more modules than the minimum counts: broken without those modules', [quantity('bk-covers', 'bk', ['y'], 2), quantity('bk-within', 'bk', ['y', 'z'], undefined, 1.5)],
      [{ kind: 'quantity-contradiction', module: 'bk', of: ['y'], without: ['z'], always: false, min: { rule: 'bk-covers', factor: 2 }, max: { rule: 'bk-within', factor: 1.5 } }]],
    ['not reported when a module only the maximum counts is always there (the maximum may then be met)',
      [requires('bk-z', 'bk', ['z']), quantity('bk-covers', 'bk', ['y'], 2), quantity('bk-within', 'bk', ['y', 'z'], undefined, 1.5)], []],
    ['equal minimum and maximum factors are no contradiction', [quantity('bk-covers', 'bk', ['st'], 1.25), quantity('bk-within', 'bk', ['st'], undefined, 1.25)], []],
    ['seats by 10 equal to users by 1: unmet for 11 users, though 10 and 100 are met', [quantity('x-per-y', 'x', ['y'], 1, 1)],
      [{ kind: 'quantity-unreachable', rule: 'x-per-y', of: ['y'], total: 11 }]],
    ['seats by 10 at least equal to users: met for every number of users', [quantity('x-covers-y', 'x', ['y'], 1)], []],
    ['seats by 10 at least equal to users plus storage: unmet from 110 GiB of storage alone, the smallest failing total (not storage’s max, 1000)', [quantity('x-covers-y-st', 'x', ['y', 'st'], 1)],
      [{ kind: 'quantity-unreachable', rule: 'x-covers-y-st', of: ['st'], total: 110 }]],
    ['seats by 10 at least equal to two user counts that only come together: unmet from 101 users (not 200)',
      [requires('y-z', 'y', ['z']), requires('z-y', 'z', ['y']), quantity('x-covers-yz', 'x', ['y', 'z'], 1)],
      [{ kind: 'quantity-unreachable', rule: 'x-covers-yz', of: ['y', 'z'], total: 101 }]],
    ['seats by 10 exactly half the storage: unmet from the lowest total, 10 GiB (the highest, 1000, fails too)', [quantity('x-half-st', 'x', ['st'], 0.5, 0.5)],
      [{ kind: 'quantity-unreachable', rule: 'x-half-st', of: ['st'], total: 10 }]],
  ] as const)('%s', (_name, rules, expected) => {
    expect(lint([...rules])).toEqual(expected);
  });
});

/** Modules m1 (drawer a), m2 (b), m3 (c), each as given, so that no drawer is empty. */
const inEveryDrawer = (overrides: Parameters<typeof aModule>[1] = {}) =>
  [aModule('m1', overrides), aModule('m2', { ...overrides, drawer: 'b' }), aModule('m3', { ...overrides, drawer: 'c' })];

describe('discounts: a rate that falls as bundle tiers or commitment terms grow is a finding, not an error', () => {
  const withDiscounts = (discounts: { bundle?: { minDrawers: number; rateBp: number }[]; commitment?: { months: number; rateBp: number }[] }) => {
    const input = aCatalogInput(inEveryDrawer());
    return lintCatalog(validCatalog({ ...input, discounts: { ...input.discounts, ...discounts } }));
  };
  it.each([
    ['rates rising with drawers', { bundle: [{ minDrawers: 3, rateBp: 500 }, { minDrawers: 5, rateBp: 1000 }] }, []],
    ['an equal rate (pointless, harmless)', { bundle: [{ minDrawers: 3, rateBp: 500 }, { minDrawers: 5, rateBp: 500 }] }, []],
    ['10 % from 3 drawers, then 5 % from 5', { bundle: [{ minDrawers: 3, rateBp: 1000 }, { minDrawers: 5, rateBp: 500 }] },
      [{ kind: 'bundle-rate-falls', tier: { minDrawers: 5, rateBp: 500 }, before: { minDrawers: 3, rateBp: 1000 } }]],
    ['each tier below the best rate before it is named, against that rate', { bundle: [{ minDrawers: 2, rateBp: 1000 }, { minDrawers: 3, rateBp: 500 }, { minDrawers: 4, rateBp: 700 }, { minDrawers: 5, rateBp: 1200 }] },
      [{ kind: 'bundle-rate-falls', tier: { minDrawers: 3, rateBp: 500 }, before: { minDrawers: 2, rateBp: 1000 } },
        { kind: 'bundle-rate-falls', tier: { minDrawers: 4, rateBp: 700 }, before: { minDrawers: 2, rateBp: 1000 } }]],
    ['commitment rates rising with months', { commitment: [{ months: 1, rateBp: 0 }, { months: 12, rateBp: 1000 }, { months: 36, rateBp: 2000 }] }, []],
    ['an equal commitment rate (pointless, harmless)', { commitment: [{ months: 12, rateBp: 1000 }, { months: 36, rateBp: 1000 }] }, []],
    ['10 % for 12 months, then 1 % for 36', { commitment: [{ months: 1, rateBp: 0 }, { months: 12, rateBp: 1000 }, { months: 36, rateBp: 100 }] },
      [{ kind: 'commitment-rate-falls', term: { months: 36, rateBp: 100 }, before: { months: 12, rateBp: 1000 } }]],
    ['each term below the best rate before it is named, against that rate; commitment first, as in the catalog',
      { commitment: [{ months: 12, rateBp: 1000 }, { months: 24, rateBp: 500 }, { months: 36, rateBp: 800 }], bundle: [{ minDrawers: 2, rateBp: 500 }, { minDrawers: 3, rateBp: 0 }] },
      [{ kind: 'commitment-rate-falls', term: { months: 24, rateBp: 500 }, before: { months: 12, rateBp: 1000 } },
        { kind: 'commitment-rate-falls', term: { months: 36, rateBp: 800 }, before: { months: 12, rateBp: 1000 } },
        { kind: 'bundle-rate-falls', tier: { minDrawers: 3, rateBp: 0 }, before: { minDrawers: 2, rateBp: 500 } }]],
  ] as const)('%s', (_name, discounts, expected) => {
    expect(withDiscounts(JSON.parse(JSON.stringify(discounts)))).toEqual(expected);
  });
});

describe('a drawer without modules is a finding: the drawer filter would offer it, always empty', () => {
  it.each([
    ['every drawer holds a module', inEveryDrawer(), []],
    ['drawers b and c hold none', [aModule('m1'), aModule('m2')], [{ kind: 'empty-drawer', drawer: 'b' }, { kind: 'empty-drawer', drawer: 'c' }]],
  ] as const)('%s', (_name, modules, expected) => {
    expect(lintCatalog(validCatalog(aCatalogInput([...modules])))).toEqual(expected);
  });
});

describe('a vendor without modules is a finding: the vendor filter would offer it, always empty (QA: both Glowbl modules taken out)', () => {
  it('names each such vendor, and none when every vendor has a module', () => {
    const vendors = [{ id: 'v', name: 'Vendor', country: 'FR' }, { id: 'w', name: 'Other', country: 'FR' }, { id: 'x', name: 'Gone', country: 'FR' }];
    const modules = inEveryDrawer();
    expect(lintCatalog(validCatalog(aCatalogInput(modules, [], { vendors })))).toEqual([{ kind: 'vendor-without-modules', vendor: 'w' }, { kind: 'vendor-without-modules', vendor: 'x' }]);
    expect(lintCatalog(validCatalog(aCatalogInput([...modules, aModule('mw', { vendor: 'w' }), aModule('mx', { vendor: 'x' })], [], { vendors })))).toEqual([]);
  });
});

describe('price tiers no quantity of the module ever prices are a finding (§1: Stripe’s graduated and volume tiers)', () => {
  const tiers = (...upTos: (number | null)[]) => upTos.map((upTo, i) => ({ upTo, unitPrice: 100 - i }));
  const lintPricing = (model: 'graduated' | 'volume', upTos: (number | null)[], quantity: { min: number; max: number; step: number }) =>
    lintCatalog(validCatalog(aCatalogInput([aModule('m1', { quantity: { ...quantity, default: quantity.min }, pricing: { model, tiers: tiers(...upTos) } }),
      aModule('m2', { drawer: 'b' }), aModule('m3', { drawer: 'c' })])));
  const unreachable = (tierCount: number, quantity: { min: number; max: number; step: number }, spans: { first: number; last: number; from: number; to: number | null }[]) =>
    [{ kind: 'price-tiers-unreachable', module: 'm1', tierCount, quantity, spans }];
  it.each([
    ['graduated tiers every quantity up to max reaches', 'graduated', [10, 100, null], { min: 1, max: 1000, step: 1 }, []],
    ['graduated tiers starting beyond max (2 of 5)', 'graduated', [10, 100, 1000, 2000, null], { min: 1, max: 1000, step: 1 },
      unreachable(5, { min: 1, max: 1000, step: 1 }, [{ first: 4, last: 5, from: 1001, to: null }])],
    ['a graduated tier below min still prices the first units', 'graduated', [5, 100, null], { min: 10, max: 1000, step: 1 }, []],
    ['a graduated tier a step skips still prices the units in it', 'graduated', [10, 12, null], { min: 10, max: 100, step: 5 }, []],
    ['a last tier starting one past max (its upTo before is max)', 'volume', [1000, null], { min: 1, max: 1000, step: 1 },
      unreachable(2, { min: 1, max: 1000, step: 1 }, [{ first: 2, last: 2, from: 1001, to: null }])],
    ['a volume tier below min: no quantity falls in it', 'volume', [5, 100, null], { min: 10, max: 1000, step: 1 },
      unreachable(3, { min: 10, max: 1000, step: 1 }, [{ first: 1, last: 1, from: 1, to: 5 }])],
    ['volume tiers a step skips (10, then 15)', 'volume', [10, 11, 12, null], { min: 10, max: 100, step: 5 },
      unreachable(4, { min: 10, max: 100, step: 5 }, [{ first: 2, last: 3, from: 11, to: 12 }])],
    ['volume tiers reached at min, in between and at max', 'volume', [10, 15, 95, null], { min: 10, max: 100, step: 5 }, []],
  ] as const)('%s', (_name, model, upTos, quantity, expected) => {
    expect(lintPricing(model, [...upTos], quantity)).toEqual(expected);
  });
});

describe('a module never selectable under a demand that does not rule it out by itself says why the demand does not', () => {
  /** q1 applies to drawers a and b, q2 to drawer a only. */
  const lintDemands = (modules: Parameters<typeof aCatalogInput>[0], rules: Parameters<typeof aCatalogInput>[1]) => lintCatalog(validCatalog(aCatalogInput(modules, rules, {
    qualifications: [
      { id: 'q1', name: { fr: 'Q1', en: 'Q1' }, description: { fr: 'Q1', en: 'Q1' }, appliesTo: ['a', 'b'] },
      { id: 'q2', name: { fr: 'Q2', en: 'Q2' }, description: { fr: 'Q2', en: 'Q2' }, appliesTo: ['a'] },
    ],
  })));
  it('a qualification that does not apply to its drawer (its only option lacks it)', () => {
    expect(lintDemands([aModule('p'), aModule('s', { drawer: 'c' }), aModule('t', { drawer: 'b', qualifications: ['q1'] })], [requires('s-p', 's', ['p'])])).toEqual([
      { kind: 'never-selectable-under-demand', module: 's', drawer: 'c', qualifications: ['q1'], held: [], rules: ['qualification:q1', 's-p'] },
      { kind: 'never-selectable-under-demand', module: 's', drawer: 'c', qualifications: ['q2'], held: [], rules: ['qualification:q2', 's-p'] },
    ]);
  });
  it('one it holds and one that does not apply to its drawer, together', () => {
    const modules = [aModule('p1', { qualifications: ['q1'] }), aModule('p2', { qualifications: ['q2'] }), aModule('h', { drawer: 'b', qualifications: ['q1'] }), aModule('c1', { drawer: 'c' })];
    expect(lintDemands(modules, [requires('h-p', 'h', ['p1', 'p2'])])).toEqual([
      { kind: 'never-selectable-under-demand', module: 'h', drawer: 'b', qualifications: ['q1', 'q2'], held: ['q1'], rules: ['qualification:q1', 'qualification:q2', 'h-p'] },
    ]);
  });
});

describe('findings read as one line each', () => {
  it.each([
    [{ kind: 'never-selectable', module: 'm', rules: ['r'] }, 'module m can never be selected (rules: r)'],
    [{ kind: 'never-selectable-under-demand', module: 'm', drawer: 'd', qualifications: ['q'], held: ['q'], rules: ['r'] },
      'module m can never be selected when q is demanded, though it holds that qualification (rules: r)'],
    [{ kind: 'never-selectable-under-demand', module: 'm', drawer: 'd', qualifications: ['q', 'p'], held: ['q', 'p'], rules: ['r'] },
      'module m can never be selected when q + p are demanded, though it holds those qualifications (rules: r)'],
    [{ kind: 'never-selectable-under-demand', module: 'wallix-bastion', drawer: 'security', qualifications: ['secnumcloud'], held: [], rules: ['r'] },
      'module wallix-bastion can never be selected when secnumcloud is demanded, though that qualification does not apply to its drawer security (rules: r)'],
    [{ kind: 'never-selectable-under-demand', module: 'm', drawer: 'd', qualifications: ['q', 'p'], held: [], rules: ['r'] },
      'module m can never be selected when q + p are demanded, though those qualifications do not apply to its drawer d (rules: r)'],
    [{ kind: 'never-selectable-under-demand', module: 'm', drawer: 'd', qualifications: ['q', 'p', 'o'], held: ['p'], rules: ['r'] },
      'module m can never be selected when q + p + o are demanded, though it holds p, and q + o do not apply to its drawer d (rules: r)'],
    [{ kind: 'never-selectable-under-demand', module: 'm', drawer: 'd', qualifications: ['q', 'p'], held: ['q'], rules: ['r'] },
      'module m can never be selected when q + p are demanded, though it holds q, and p does not apply to its drawer d (rules: r)'],
    [{ kind: 'empty-drawer', drawer: 'd' }, 'drawer d has no module: the drawer filter offers it, and it always shows 0 modules'],
    [{ kind: 'vendor-without-modules', vendor: 'glowbl' }, 'vendor glowbl has no module: the vendor filter offers it, and it always shows 0 modules'],
    [{ kind: 'price-tiers-unreachable', module: 'm', tierCount: 15, quantity: { min: 1, max: 1000000, step: 1 }, spans: [{ first: 9, last: 15, from: 1000001, to: null }] },
      'module m: 7 of its 15 price tiers can never apply, its quantity going from 1 to 1000000 by 1: tiers 9–15 (quantities beyond 1000000); drop them and give tier 8 "upTo": null'],
    [{ kind: 'price-tiers-unreachable', module: 'm', tierCount: 2, quantity: { min: 1, max: 1000, step: 1 }, spans: [{ first: 2, last: 2, from: 1001, to: null }] },
      'module m: 1 of its 2 price tiers can never apply, its quantity going from 1 to 1000 by 1: tier 2 (quantities beyond 1000); drop it and give tier 1 "upTo": null'],
    [{ kind: 'price-tiers-unreachable', module: 'm', tierCount: 5, quantity: { min: 10, max: 100, step: 5 }, spans: [{ first: 1, last: 1, from: 1, to: 5 }, { first: 3, last: 3, from: 12, to: 12 }, { first: 4, last: 5, from: 13, to: 14 }] },
      'module m: 4 of its 5 price tiers can never apply, its quantity going from 10 to 100 by 5: tier 1 (quantities 1 to 5), tier 3 (quantity 12), tiers 4–5 (quantities 13 to 14)'],
    [{ kind: 'commitment-rate-falls', term: { months: 36, rateBp: 100 }, before: { months: 12, rateBp: 1000 } },
      'commitment term of 36 months gives 1 %, less than the 10 % for 12 months: a buyer who commits longer loses discount'],
    [{ kind: 'commitment-rate-falls', term: { months: 12, rateBp: 0 }, before: { months: 1, rateBp: 500 } },
      'commitment term of 12 months gives 0 %, less than the 5 % for 1 month: a buyer who commits longer loses discount'],
    [{ kind: 'always-implied', module: 'm' }, 'module m is implied by every other choice: it is effectively mandatory'],
    [{ kind: 'never-fires', rule: 'r', reason: 'because' }, 'rule r can never fire: because'],
    [{ kind: 'redundant', rule: 'r', impliedBy: ['s', 't'] }, 'rule r is redundant: s, t already enforce it'],
    [{ kind: 'unfollowable', rule: 'r', module: 'm', options: ['a', 'b'] }, 'rule r suggests a or b with m, but none of them can ever be selected with it: the suggestion can never be followed'],
    [{ kind: 'quantity-unreachable', rule: 'r', of: ['a', 'b'], total: 7 }, 'rule r cannot be met within the modules\' min/max/step when a + b total 7'],
    [{ kind: 'quantity-unreachable', rule: 'r', of: ['a'], total: 10001 }, 'rule r cannot be met within the modules\' min/max/step when a totals 10001'],
    [{ kind: 'quantity-contradiction', module: 'bk', of: ['st'], without: [], always: true, min: { rule: 'r', factor: 1.25 }, max: { rule: 's', factor: 1 } },
      'rules r and s contradict each other: bk must be at least 1.25 × and at most 1 × st; no valid configuration contains bk'],
    [{ kind: 'quantity-contradiction', module: 'x', of: ['y', 'z'], without: ['w'], always: false, min: { rule: 'r', factor: 2 }, max: { rule: 'r', factor: 1 } },
      'rule r cannot be met: its minimum (2 × y + z) exceeds its maximum (1 × y + z), whenever x is selected with y or z and none of w'],
    [{ kind: 'bundle-rate-falls', tier: { minDrawers: 5, rateBp: 550 }, before: { minDrawers: 3, rateBp: 1000 } },
      'bundle tier from 5 drawers gives 5.5 %, less than the 10 % from 3 drawers: a buyer who adds a drawer loses discount'],
  ] as const)('%j', (finding, text) => {
    expect(describeFinding(finding as Parameters<typeof describeFinding>[0])).toBe(text);
  });
});

describe('the default catalog', () => {
  it('comes out clean', () => {
    expect(lintCatalog(defaultCatalog())).toEqual([]);
  });
});
