import { it } from 'vitest';
import { checkAgainstReference } from './differential-check';

it('agrees with logic-solver on selectable, implied and minimal explanations, on 340 random mixed catalogs', () => {
  checkAgainstReference({ modules: 14, rules: 16, drawers: 4, oneDrawers: 0.4, qualifications: 2, requires: 0.4, excludes: 0.3, quantity: 0.1, maxOptions: 3, window: 0 }, 340);
}, 120_000);
