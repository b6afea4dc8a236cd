import { it } from 'vitest';
import { checkAgainstReference } from './differential-check';

it('agrees with logic-solver on selectable, implied and minimal explanations, on 340 random catalogs heavy in multi-option requires', () => {
  checkAgainstReference({ modules: 16, rules: 22, drawers: 4, oneDrawers: 0.5, qualifications: 2, requires: 0.75, excludes: 0.2, quantity: 0, maxOptions: 4, window: 0 }, 340);
}, 120_000);
