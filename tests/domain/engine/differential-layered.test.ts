import { it } from 'vitest';
import { checkAgainstReference } from './differential-check';

it('agrees with logic-solver on selectable, implied and minimal explanations, on 340 random layered catalogs', () => {
  checkAgainstReference({ modules: 18, rules: 24, drawers: 5, oneDrawers: 0.3, qualifications: 3, requires: 0.6, excludes: 0.3, quantity: 0.05, maxOptions: 3, window: 6 }, 340);
}, 120_000);
