import { describe, expect, it } from 'vitest';
import { quantityBounds, withinBounds, type QuantityRule } from '../../../src/domain/engine/quantity-bounds';
import { totalsAllowing } from '../../../src/domain/engine/quantity-repair';

const rule = (bounds: Pick<QuantityRule, 'min' | 'max'>): QuantityRule => ({ id: 'r', type: 'quantity', module: 'x', of: ['y'], ...bounds });

describe('totalsAllowing: the totals of the `of` modules under which a quantity is allowed (quantityBounds the other way round)', () => {
  it.each([
    ['backup ≥ 1.25 × storage, 100 GiB of backup: storage at most 80', rule({ min: { factor: 1.25 } }), 100, { least: 0, most: 80 }],
    ['MFA ≤ 1 × SSO, 40 licences: SSO at least 40', rule({ max: { factor: 1 } }), 40, { least: 40, most: Infinity }],
    ['0.3 ≤ factor ≤ 0.5, quantity 3: totals 6 to 10', rule({ min: { factor: 0.3 }, max: { factor: 0.5 } }), 3, { least: 6, most: 10 }],
  ])('%s', (_name, r, quantity, expected) => {
    expect(totalsAllowing(r, quantity)).toEqual(expected);
  });

  it('agrees with quantityBounds on every total from 0 to 400, for factors with four decimals', () => {
    for (const r of [rule({ min: { factor: 1.25 } }), rule({ max: { factor: 0.3333 } }), rule({ min: { factor: 0.0125 }, max: { factor: 2.5 } })]) {
      for (const quantity of [1, 7, 40, 125]) {
        const totals = totalsAllowing(r, quantity);
        for (let total = 0; total <= 400; total++) {
          const inside = totals !== undefined && total >= totals.least && total <= totals.most;
          expect(inside, `${JSON.stringify(r)} q=${quantity} T=${total}`).toBe(withinBounds(quantity, quantityBounds(r, total)));
        }
      }
    }
  });

  it('is undefined when no total allows any quantity (a maximum factor of 0)', () => {
    expect(totalsAllowing(rule({ max: { factor: 0 } }), 1)).toBeUndefined();
  });
});
