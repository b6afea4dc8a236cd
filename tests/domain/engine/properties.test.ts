import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeConfiguration } from '../../../src/domain/engine/analyze-configuration';
import { fullerReasons } from '../../../src/domain/engine/fuller-reasons';
import { completeImplied } from '../../../src/domain/engine/complete-implied';
import { evaluateConfiguration } from '../../../src/domain/engine/evaluate';
import { quantityBounds } from '../../../src/domain/engine/quantity-bounds';
import { repairConfiguration } from '../../../src/domain/engine/repairs';
import { validCatalog } from '../../fixtures/catalogs';
import { configurationOf } from './engine-fixtures';
import { randomCatalogInput, type CatalogShape } from './random-catalog';

const shape: CatalogShape = { modules: 12, rules: 16, drawers: 3, oneDrawers: 0.4, qualifications: 2, requires: 0.5, excludes: 0.25, quantity: 0.1, maxOptions: 3, window: 0 };
const quantityRule = (min?: number, max?: number) => ({
  id: 'r', type: 'quantity' as const, module: 'x', of: ['y'], ...(min === undefined ? {} : { min: { factor: min } }), ...(max === undefined ? {} : { max: { factor: max } }),
});

describe('quantity bounds are exact in ten-thousandths', () => {
  it('the least quantity is the smallest q with q ≥ factor × total', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 10_000_000 }), (tenThousandths, total) => {
      const { least } = quantityBounds(quantityRule(tenThousandths / 10000), total);
      const need = BigInt(tenThousandths) * BigInt(total);
      expect(BigInt(least) * 10000n >= need && (least === 0 || BigInt(least - 1) * 10000n < need)).toBe(true);
    }));
  });

  it('the most quantity is the largest q with q ≤ factor × total', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 10_000_000 }), (tenThousandths, total) => {
      const { most } = quantityBounds(quantityRule(undefined, tenThousandths / 10000), total);
      const cap = BigInt(tenThousandths) * BigInt(total);
      expect(BigInt(most) * 10000n <= cap && BigInt(most + 1) * 10000n > cap).toBe(true);
    }));
  });
});

/** A random catalog (by seed) and a random selection of its modules. */
const catalogAndSelection = fc.record({ seed: fc.integer({ min: 1, max: 1_000_000 }), picks: fc.array(fc.nat(11), { maxLength: 4 }), demand: fc.boolean() });
const build = ({ seed, picks, demand }: { seed: number; picks: number[]; demand: boolean }) => {
  const catalog = validCatalog(randomCatalogInput(shape, seed));
  return { catalog, configuration: configurationOf(catalog, [...new Set(picks)].map((i) => `m${i}`), demand ? ['q0'] : []) };
};

describe('laws of the look-ahead, completion and repairs', () => {
  it('implied modules are selectable; choosing a selectable module only narrows what stays selectable and widens what is implied', () => {
    fc.assert(fc.property(catalogAndSelection, (input) => {
      const { catalog, configuration } = build(input);
      const { selectable, implied } = evaluateConfiguration(catalog, configuration);
      expect(implied.every((id) => selectable.includes(id))).toBe(true);
      const next = selectable[0];
      if (next !== undefined) {
        const grown = { ...configuration, items: [...configuration.items, { module: next, quantity: 1 }] };
        const after = evaluateConfiguration(catalog, grown);
        expect(after.selectable.every((id) => selectable.includes(id))).toBe(true);
        expect(implied.filter((id) => id !== next).every((id) => after.implied.includes(id))).toBe(true);
      }
    }), { numRuns: 150 });
  });

  it('after auto-completion nothing more is implied', () => {
    fc.assert(fc.property(catalogAndSelection, (input) => {
      const { catalog, configuration } = build(input);
      expect(evaluateConfiguration(catalog, completeImplied(catalog, configuration).configuration).implied).toEqual([]);
    }), { numRuns: 150 });
  });

  it('every repair leads to a configuration that breaks no requires, excludes, drawer or qualification rule', () => {
    fc.assert(fc.property(catalogAndSelection, (input) => {
      const { catalog, configuration } = build(input);
      const quantityRules = new Set(catalog.rules.filter((r) => r.type === 'quantity').map((r) => r.id));
      for (const repair of repairConfiguration(catalog, configuration)) {
        expect(evaluateConfiguration(catalog, repair.configuration).violations.filter((v) => !quantityRules.has(v.rule))).toEqual([]);
      }
    }), { numRuns: 150 });
  });

  it('a blocked card’s ways out are true, in a conflict too: each button offered alone frees it; the choices to take back together free it, and none can stay', () => {
    let together = 0;
    fc.assert(fc.property(fc.record({ seed: fc.integer({ min: 1, max: 1_000_000 }), picks: fc.array(fc.nat(11), { maxLength: 6 }), demand: fc.boolean() }), (input) => {
      const { catalog, configuration } = build(input);
      const freeWithout = (module: string, gone: { modules: readonly string[]; qualifications: readonly string[] }) => evaluateConfiguration(catalog, {
        ...configuration,
        items: configuration.items.filter((i) => !gone.modules.includes(i.module)),
        requirements: configuration.requirements.filter((q) => !gone.qualifications.includes(q)),
      }).selectable.includes(module);
      const { blocked } = analyzeConfiguration(catalog, configuration).explanations;
      // What the card offers, as use-module-view reads it: the fuller reasons when there are any, else the engine's own
      // (in a conflict, the engine's own offer nothing until the fuller reasons come: skipped).
      const fuller = fullerReasons(catalog, configuration);
      if (fuller === null && blocked.some((e) => e.kind === 'conflict')) return;
      for (const e of fuller ?? blocked) {
        if (e.kind === 'conflict' && !e.freedBy && !e.freedOnlyTogether) continue;
        const alone = e.freedOnlyTogether ? { modules: [], qualifications: [] } : (e.freedBy ?? e);
        for (const m of alone.modules) expect(freeWithout(e.module, { modules: [m], qualifications: [] })).toBe(true);
        for (const q of alone.qualifications) expect(freeWithout(e.module, { modules: [], qualifications: [q] })).toBe(true);
        if (!e.freedOnlyTogether) continue;
        together += 1;
        expect(freeWithout(e.module, e)).toBe(true);
        for (const m of e.modules) expect(freeWithout(e.module, { ...e, modules: e.modules.filter((x) => x !== m) })).toBe(false);
        for (const q of e.qualifications) expect(freeWithout(e.module, { ...e, qualifications: e.qualifications.filter((x) => x !== q) })).toBe(false);
      }
    }), { numRuns: 300 });
    // The law was put to the test, not only passed by catalogs where one choice always frees.
    expect(together).toBeGreaterThan(0);
  });
});
