import { describe, expect, it } from 'vitest';
import { evaluateConfiguration } from '../../../src/domain/engine/evaluate';
import { configurationOf, engineCatalog, excludes, quantity, recommends, requires } from './engine-fixtures';

const catalog = engineCatalog([
  requires('a1-needs-c', 'a1', ['c1', 'c2']),
  excludes('a2-or-a3', ['a3', 'a2', 'c1']),
  quantity('c2-covers', 'c2', ['a1', 'a2'], 1.25),
  quantity('c1-within', 'c1', ['a3'], undefined, 0.3333),
  recommends('a1-likes-a2', 'a1', ['a2']),
]);

describe('violations name each broken rule once, with the selected modules involved', () => {
  it.each([
    ['nothing selected', [], [], []],
    ['requires met by either option', ['a1', 'c1'], [], []],
    ['requires unmet → [A]', ['a1'], [], [{ rule: 'a1-needs-c', modules: ['a1'] }]],
    ['excludes → selected members in list order', ['a2', 'a3'], [], [{ rule: 'a2-or-a3', modules: ['a3', 'a2'] }]],
    ['drawer "one" → drawer:<id> with its selected modules in catalog order', ['b2', 'b1'], [], [{ rule: 'drawer:b', modules: ['b1', 'b2'] }]],
    ['qualification → the offending selected modules in catalog order', ['b3', 'a4', 'a1', 'c1'], ['q1'], [{ rule: 'qualification:q1', modules: ['a4', 'b3'] }]],
    ['qualification applies only to its drawers', ['c3'], ['q1'], []],
    ['order: catalog rules, then drawers, then qualifications',
      ['a1', 'a2', 'a3', 'b1', 'b3'], ['q1'],
      [{ rule: 'a1-needs-c', modules: ['a1'] }, { rule: 'a2-or-a3', modules: ['a3', 'a2'] }, { rule: 'drawer:b', modules: ['b1', 'b3'] }, { rule: 'qualification:q1', modules: ['b3'] }]],
  ] as const)('%s', (_name, items, requirements, expected) => {
    const evaluation = evaluateConfiguration(catalog, configurationOf(catalog, [...items], [...requirements]));
    expect(evaluation.violations).toEqual(expected);
    expect(evaluation.valid).toBe(expected.length === 0);
  });
});

describe('quantity rules compare exactly, in integers (factor 1.25: ceil; factor 0.3333: floor)', () => {
  it.each([
    ['total 4 → at least 5', [['a1', 1], ['a2', 3], ['c2', 5]], []],
    ['total 4 → 4 is too few', [['a1', 1], ['a2', 3], ['c2', 4]], [{ rule: 'c2-covers', modules: ['c2', 'a1', 'a2'] }]],
    ['total 3 → ceil(3.75) = 4', [['a1', 3], ['c2', 4]], []],
    ['total 3 → 3 is too few', [['a1', 3], ['c2', 3]], [{ rule: 'c2-covers', modules: ['c2', 'a1'] }]],
    ['rule silent without any `of` module', [['c2', 1]], []],
    ['max 0.3333 × 3 = 0.9999 → floor 0', [['a3', 3], ['c1', 1]], [{ rule: 'c1-within', modules: ['c1', 'a3'] }]],
    ['max 0.3333 × 1000 = 333.3 → floor 333', [['a3', 1000], ['c1', 333]], []],
  ] as const)('%s', (_name, items, expected) => {
    const evaluation = evaluateConfiguration(catalog, configurationOf(catalog, items.map(([m, q]) => [m, q] as [string, number])));
    expect(evaluation.violations.filter((v) => v.rule !== 'a1-needs-c' && v.rule !== 'a2-or-a3')).toEqual(expected);
  });
});

describe('suggestions are the recommends rules that fire, never violations', () => {
  it.each([
    ['module without its recommendation', ['a1', 'c2'], ['a1-likes-a2']],
    ['recommendation taken', ['a1', 'a2', 'c2'], []],
    ['module absent', ['a2'], []],
  ] as const)('%s', (_name, items, expected) => {
    const evaluation = evaluateConfiguration(catalog, configurationOf(catalog, [...items]));
    expect(evaluation.suggestions).toEqual(expected);
  });
});
