import { describe, expect, it } from 'vitest';
import { describeFinding, lintCatalog } from '../../../src/domain/engine/lint-catalog';
import { aCatalogInput, aModule, defaultCatalog, validCatalog } from '../../fixtures/catalogs';
import { engineCatalog, excludes, quantity, recommends, requires } from './engine-fixtures';

describe('the catalog linter finds planted defects, each naming the module or rule and why', () => {
  it.each([
    ['a clean catalog', [requires('a1-a2', 'a1', ['a2']), excludes('a3-c1', ['a3', 'c1'])], []],
    ['a module never selectable: it requires a module it excludes', [requires('a1-a2', 'a1', ['a2']), excludes('a1-a2-x', ['a1', 'a2'])],
      [{ kind: 'never-selectable', module: 'a1', qualifications: [], rules: ['a1-a2', 'a1-a2-x'] },
        { kind: 'never-fires', rule: 'a1-a2', reason: 'its module a1 can never be selected' },
        { kind: 'never-fires', rule: 'a1-a2-x', reason: 'fewer than two of its modules can ever be selected' }]],
    ['a module never selectable under a qualification it holds: its only option lacks it', [requires('a1-b3', 'a1', ['b3'])],
      [{ kind: 'never-selectable', module: 'a1', qualifications: ['q1'], rules: ['a1-b3', 'qualification:q1'] }]],
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
    ['quantity bounds the module’s max cannot meet (2 × 1000 > 100)', [quantity('c3-double', 'c3', ['a1'], 2)],
      [{ kind: 'quantity-unreachable', rule: 'c3-double', of: ['a1'], total: 1000 }]],
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
  ] as const)('%s', (_name, rules, expected) => {
    expect(lint([...rules])).toEqual(expected);
  });
});

describe('bundle tiers: a rate that falls as drawers increase is a finding, not an error', () => {
  const withBundle = (bundle: { minDrawers: number; rateBp: number }[]) => {
    const input = aCatalogInput([aModule('m1')]);
    return lintCatalog(validCatalog({ ...input, discounts: { ...input.discounts, bundle } }));
  };
  it.each([
    ['rates rising with drawers', [{ minDrawers: 3, rateBp: 500 }, { minDrawers: 5, rateBp: 1000 }], []],
    ['an equal rate (pointless, harmless)', [{ minDrawers: 3, rateBp: 500 }, { minDrawers: 5, rateBp: 500 }], []],
    ['10 % from 3 drawers, then 5 % from 5', [{ minDrawers: 3, rateBp: 1000 }, { minDrawers: 5, rateBp: 500 }],
      [{ kind: 'bundle-rate-falls', tier: { minDrawers: 5, rateBp: 500 }, before: { minDrawers: 3, rateBp: 1000 } }]],
    ['each tier below the best rate before it is named, against that rate', [{ minDrawers: 2, rateBp: 1000 }, { minDrawers: 3, rateBp: 500 }, { minDrawers: 4, rateBp: 700 }, { minDrawers: 5, rateBp: 1200 }],
      [{ kind: 'bundle-rate-falls', tier: { minDrawers: 3, rateBp: 500 }, before: { minDrawers: 2, rateBp: 1000 } },
        { kind: 'bundle-rate-falls', tier: { minDrawers: 4, rateBp: 700 }, before: { minDrawers: 2, rateBp: 1000 } }]],
  ] as const)('%s', (_name, bundle, expected) => {
    expect(withBundle([...bundle])).toEqual(expected);
  });
});

describe('findings read as one line each', () => {
  it.each([
    [{ kind: 'never-selectable', module: 'm', qualifications: [], rules: ['r'] }, 'module m can never be selected (rules: r)'],
    [{ kind: 'never-selectable', module: 'm', qualifications: ['q'], rules: ['r'] }, 'module m can never be selected when q is demanded, though it holds that qualification (rules: r)'],
    [{ kind: 'always-implied', module: 'm' }, 'module m is implied by every other choice: it is effectively mandatory'],
    [{ kind: 'never-fires', rule: 'r', reason: 'because' }, 'rule r can never fire: because'],
    [{ kind: 'redundant', rule: 'r', impliedBy: ['s', 't'] }, 'rule r is redundant: s, t already enforce it'],
    [{ kind: 'unfollowable', rule: 'r', module: 'm', options: ['a', 'b'] }, 'rule r suggests a or b with m, but none of them can ever be selected with it: the suggestion can never be followed'],
    [{ kind: 'quantity-unreachable', rule: 'r', of: ['a', 'b'], total: 7 }, 'rule r cannot be met within the modules\' min/max/step when a + b total 7'],
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
