import { describe, expect, it } from 'vitest';
import { runQuote } from '../../src/cli/quote';
import { aCatalogInput, aModule } from '../fixtures/catalogs';
import { scratchFolder } from './quote-files';

const { dir, write } = scratchFolder();
const MAX = Number.MAX_SAFE_INTEGER;
const tooLarge = `must be at most ${MAX} (beyond, whole numbers are not exact)`;

const catalogWithMax = (max: number) => aCatalogInput([aModule('m1', { quantity: { min: 1, max, step: 1, default: 1 }, pricing: { model: 'perUnit', unitPrice: 0 } })]);

describe('quote: every integer is exact, in the catalog and in the configuration', () => {
  it.each([1e20, 1e308])('a catalog whose quantity max is %s is refused, with the path, before any configuration is read', (max) => {
    const catalog = write(`max-${max}.json`, catalogWithMax(max));
    const config = write(`at-max-${max}.json`, { items: [{ module: 'm1', quantity: max }] });
    expect(runQuote(['--catalog', catalog, '--config', config])).toEqual({
      ok: false, error: `${catalog}: catalog rejected, 1 problem: modules[0].quantity.max: ${tooLarge}`,
    });
  });

  it('a configuration at the largest safe quantity max is priced', () => {
    const result = runQuote(['--catalog', write('max-safe.json', catalogWithMax(MAX)), '--config', write('at-max-safe.json', { items: [{ module: 'm1', quantity: MAX }] })]);
    expect(result.ok && result.value.lines).toEqual([{ module: 'm1', quantity: MAX, monthly: 0, setup: 0 }]);
  });

  it.each([
    ['a quantity beyond 2^53', 'quantity.json', { items: [{ module: 'outscale-vm', quantity: 1e20 }] }, 'quantity 100000000000000000000 is outside 1–500 for `outscale-vm`'],
    ['a sales discount beyond 2^53', 'sales.json', { items: [], salesDiscountBp: 1e20 }, 'configuration salesDiscountBp: must be at most 10000 (100 %)'],
    ['a term beyond 2^53', 'term.json', { items: [], termMonths: 1e20 }, 'unknown term 100000000000000000000 — available: 1, 12, 36'],
  ])('%s in --config JSON is refused as out of bounds', (_case, name, config, message) => {
    expect(runQuote(['--config', write(name, config)])).toEqual({ ok: false, error: `${dir}/${name}: ${message}` });
  });
});
