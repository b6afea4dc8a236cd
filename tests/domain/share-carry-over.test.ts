import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseConfiguration, type Configuration } from '../../src/domain/configuration';
import { snapQuantity } from '../../src/domain/quantity';
import { carryOverConfiguration } from '../../src/domain/share-carry-over';
import { describeCarryOverChange } from '../../src/domain/share-change-messages';
import { aCatalogInput, aModule, validCatalog } from '../fixtures/catalogs';
import { aCatalog, aCatalogAndConfiguration } from './share-arbitraries';

const oldCatalog = validCatalog(aCatalogInput([aModule('kept'), aModule('gone'), aModule('steps')], [], {
  version: '2026-11',
  qualifications: ['q1', 'q2'].map((id) => ({ id, name: { fr: id, en: id }, description: { fr: id, en: id }, appliesTo: ['a'] })),
  discounts: { commitment: [{ months: 1, rateBp: 0 }, { months: 24, rateBp: 1500 }], bundle: [], salesApprovalThresholdBp: 1500 },
}));
const newCatalog = validCatalog(aCatalogInput([aModule('steps', { quantity: { min: 10, max: 200, step: 10, default: 10 } }), aModule('kept'), aModule('new')], [], {
  version: '2027-01',
  qualifications: [{ id: 'q1', name: { fr: 'q1', en: 'q1' }, description: { fr: 'q1', en: 'q1' }, appliesTo: ['a'] }],
  discounts: { commitment: [{ months: 1, rateBp: 0 }, { months: 12, rateBp: 1000 }], bundle: [], salesApprovalThresholdBp: 1500 },
}));
const made: Configuration = {
  catalog: '2026-11',
  items: [{ module: 'gone', quantity: 3 }, { module: 'steps', quantity: 234 }, { module: 'kept', quantity: 7 }],
  termMonths: 24, requirements: ['q2', 'q1'], salesDiscountBp: 250,
};

describe('carrying a configuration over to another catalog revision', () => {
  it('keeps what still exists and lists precisely what was dropped or changed', () => {
    expect(carryOverConfiguration(newCatalog, made)).toEqual({
      configuration: { catalog: '2027-01', items: [{ module: 'steps', quantity: 200 }, { module: 'kept', quantity: 7 }], termMonths: 1, requirements: ['q1'], salesDiscountBp: 250 },
      changes: [
        { kind: 'module-withdrawn', module: 'gone' },
        { kind: 'quantity-adjusted', module: 'steps', from: 234, to: 200, reason: { bound: 'max', max: 200 } },
        { kind: 'term-withdrawn', from: 24, to: 1 },
        { kind: 'qualification-withdrawn', qualification: 'q2' },
      ],
    });
  });

  it.each([
    [234, 200, { bound: 'max', max: 200 }],
    [3, 10, { bound: 'min', min: 10 }],
    [0, 10, { bound: 'min', min: 10 }],
    [47, 50, { bound: 'step', step: 10, min: 10 }],
    [44, 40, { bound: 'step', step: 10, min: 10 }],
  ] as const)('says which bound moved quantity %i to %i: %j', (quantity, to, reason) => {
    const { changes } = carryOverConfiguration(newCatalog, { ...made, items: [{ module: 'steps', quantity }], termMonths: 1, requirements: [] });
    expect(changes).toEqual([{ kind: 'quantity-adjusted', module: 'steps', from: quantity, to, reason }]);
  });

  it('changes nothing on the catalog it was made on', () => {
    expect(carryOverConfiguration(oldCatalog, made)).toEqual({ configuration: made, changes: [] });
  });

  it.each([
    [5, 10], [10, 10], [14, 10], [15, 20], [16, 20], [200, 200], [999, 200],
  ])('snaps quantity %i onto 10–200 by 10: %i', (quantity, expected) => {
    expect(snapQuantity(quantity, { min: 10, max: 200, step: 10, default: 10 })).toBe(expected);
  });

  it('always yields a configuration that passes §3 on the new catalog', () => {
    fc.assert(
      fc.property(aCatalogAndConfiguration, aCatalog, ([, configuration], target) => {
        const { configuration: carried } = carryOverConfiguration(target, configuration);
        expect(parseConfiguration(target, carried)).toEqual({ ok: true, value: carried });
      }),
      { numRuns: 150 },
    );
  });

  it.each([
    [{ kind: 'module-withdrawn', module: 'gone' }, 'The module gone is no longer offered: it was removed.', 'Le module gone n’est plus proposé\u00A0: il a été retiré.'],
    [{ kind: 'module-repeated', module: 'kept' }, 'The module kept was listed twice: it was kept once.', 'Le module kept figurait deux fois\u00A0: il n’a été gardé qu’une fois.'],
    [{ kind: 'quantity-adjusted', module: 'Outscale Machines virtuelles', from: 9999, to: 500, reason: { bound: 'max', max: 500 } },
      'The quantity of Outscale Machines virtuelles changes from 9,999 to 500 (above the catalogue’s maximum: 500).',
      'La quantité d’Outscale Machines virtuelles passe de 9\u202F999 à 500 (au-delà du maximum du catalogue\u00A0: 500).'],
    [{ kind: 'quantity-adjusted', module: 'steps', from: 3, to: 10, reason: { bound: 'min', min: 10 } },
      'The quantity of steps changes from 3 to 10 (below the catalogue’s minimum: 10).',
      'La quantité de steps passe de 3 à 10 (en deçà du minimum du catalogue\u00A0: 10).'],
    [{ kind: 'quantity-adjusted', module: 'steps', from: 47, to: 50, reason: { bound: 'step', step: 10, min: 10 } },
      'The quantity of steps changes from 47 to 50 (it comes in steps of 10 from 10).',
      'La quantité de steps passe de 47 à 50 (elle se commande par 10 à partir de 10).'],
    [{ kind: 'term-withdrawn', from: 24, to: 1 }, 'The 24-month commitment is no longer offered: 1 month instead.', 'L’engagement de 24 mois n’est plus proposé\u00A0: 1 mois à la place.'],
    [{ kind: 'qualification-withdrawn', qualification: 'q2' }, 'The qualification q2 no longer exists: it is no longer demanded.',
      'La qualification q2 n’existe plus\u00A0: elle n’est plus exigée.'],
    [{ kind: 'qualification-repeated', qualification: 'q1' }, 'The qualification q1 was demanded twice: kept once.', 'La qualification q1 était exigée deux fois\u00A0: gardée une fois.'],
  ] as const)('describes %j', (change, en, fr) => {
    expect(describeCarryOverChange(change, 'en')).toBe(en);
    expect(describeCarryOverChange(change, 'fr')).toBe(fr);
  });
});
