import { describe, expect, it } from 'vitest';
import { constraintModel, negative, positive } from '../../../src/domain/engine/constraint-model';
import { RuleSwitches } from '../../../src/domain/engine/lint-rule-switches';
import { lintRules } from '../../../src/domain/engine/lint-rules';
import { withoutRule } from '../../../src/domain/engine/lint-without-rule';
import { Solver } from '../../../src/domain/engine/solver';
import { validCatalog } from '../../fixtures/catalogs';
import { referenceLintRules } from './lint-rules-reference';
import { randomCatalogInput, type CatalogShape } from './random-catalog';

const LAYERED: CatalogShape = { modules: 120, rules: 600, drawers: 12, oneDrawers: 0.3, qualifications: 3, requires: 0.35, excludes: 0.15, quantity: 0.2, maxOptions: 3, window: 20 };
const DENSE: CatalogShape = { modules: 40, rules: 160, drawers: 6, oneDrawers: 0.4, qualifications: 2, requires: 0.5, excludes: 0.3, quantity: 0.1, maxOptions: 3, window: 0 };

describe('the rule linter gives the findings of the one that compiled the catalog again for every rule', () => {
  it.each([
    ['layered', LAYERED, 1], ['layered', LAYERED, 2], ['layered', LAYERED, 3], ['layered', { ...LAYERED, modules: 300, rules: 1500 }, 2026],
    ['dense', DENSE, 1], ['dense', DENSE, 2], ['dense', DENSE, 3], ['dense', { ...DENSE, maxOptions: 1 }, 4],
  ] as const)('%s catalog %j, seed %i', (_name, shape, seed) => {
    const catalog = validCatalog(randomCatalogInput(shape, seed));
    // The reference predates the unfollowable-suggestion check: the findings it knows are compared.
    const findings = lintRules(catalog).filter((f) => f.kind !== 'unfollowable');
    expect(findings).toEqual(referenceLintRules(catalog));
    expect(findings.some((f) => f.kind === 'redundant')).toBe(true);
  });
});

describe('a model without one rule', () => {
  it('equals, field for field, the model compiled from the catalog without that rule', () => {
    const catalog = validCatalog(randomCatalogInput(DENSE, 5));
    const model = constraintModel(catalog);
    for (const rule of catalog.rules) {
      const compiled = constraintModel({ ...catalog, rules: catalog.rules.filter((r) => r !== rule) });
      expect(withoutRule(model, model.tags.indexOf(rule.id))).toEqual(compiled);
    }
  });
});

describe('one solver with a switch per rule', () => {
  it('allows what a solver on the model without that rule allows, for every rule', () => {
    const catalog = validCatalog(randomCatalogInput(DENSE, 6));
    const model = constraintModel(catalog);
    const ruleIds = new Set(catalog.rules.map((r) => r.id));
    const switches = new RuleSwitches(model, (t) => ruleIds.has(model.tags[t] ?? ''));
    const questions = model.moduleIds.flatMap((_, m) => [[positive(m)], [positive(m), negative((m + 1) % model.moduleIds.length)], [positive(m), positive((m + 7) % model.moduleIds.length)]]);
    let refuted = 0;
    for (const rule of catalog.rules) {
      const tag = model.tags.indexOf(rule.id);
      const solver = new Solver(withoutRule(model, tag));
      for (const lits of questions) {
        const expected = solver.solve(lits);
        if (!expected) refuted++;
        expect(switches.allows(tag, lits)).toBe(expected);
      }
    }
    expect(refuted).toBeGreaterThan(0);
  });
});
