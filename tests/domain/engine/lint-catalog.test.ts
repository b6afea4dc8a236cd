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
    [{ kind: 'quantity-unreachable', rule: 'r', of: ['a', 'b'], total: 7 }, 'rule r cannot be met within the modules\' min/max when a + b total 7'],
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
