import { describe, expect, it } from 'vitest';
import { isLoadFailure } from '../../src/ui/load-failure';

describe('isLoadFailure', () => {
  it.each([
    ['Chromium', new TypeError('Failed to fetch dynamically imported module: http://127.0.0.1/assets/devis-pdf-B2YLGWoX.js')],
    ['Firefox', new TypeError('error loading dynamically imported module: http://127.0.0.1/assets/devis-pdf-B2YLGWoX.js')],
    ['Safari', new TypeError('Importing a module script failed.')],
    ['Vite’s style preload', new Error('Unable to preload CSS for ./assets/export-panel-D8nR7k3u.css')],
  ])('knows a chunk that did not download (%s)', (_, error) => {
    expect(isLoadFailure(error)).toBe(true);
  });

  it.each([
    ['a failure of the code once loaded', new TypeError('Cannot read properties of undefined (reading \'width\')')],
    ['a value that is not an error', 'Failed to fetch dynamically imported module'],
    ['nothing', undefined],
  ])('leaves anything else alone: %s', (_, error) => {
    expect(isLoadFailure(error)).toBe(false);
  });
});
