import { describe, expect, it } from 'vitest';
import { runQuote } from '../../src/cli/quote';
import { aCatalogInput, aModule, TESTED_CATALOG_FILE } from '../fixtures/catalogs';
import { scratchFolder } from './quote-files';

const { dir, write } = scratchFolder();
const usage = 'usage: npm run --silent quote -- [--catalog FILE] --config CONFIG';
const neither = '; --config FILE takes a configuration (spec §3) or the configurator\'s « Exporter en JSON » file ("format": "collabnext-export/1")';
const config = (name: string, content: unknown) => ['--catalog', TESTED_CATALOG_FILE, '--config', write(name, content)];

const badCatalog = aCatalogInput([aModule('m1', { pricing: { model: 'perUnit', unitPrice: 1.5 } })], [], { vatRateBp: 20000 });

const hugeCatalog = aCatalogInput([aModule('m1', { quantity: { min: 1, max: 2_000_000, step: 1, default: 1 }, pricing: { model: 'perUnit', unitPrice: 9_000_000_000 } })]);

describe('quote: bad input is one line that says what is wrong (exit 2)', () => {
  it.each([
    ['no arguments', [], `missing --config — ${usage}`],
    ['--config without a value', ['--config'], `--config needs a value — ${usage}`],
    ['--config followed by another option', ['--config', '--catalog', 'x'], `--config needs a value — ${usage}`],
    ['an unknown option', ['--confg', 'x.json'], `unknown option --confg — ${usage}`],
    ['a stray argument', ['x.json'], `unexpected argument "x.json" — ${usage}`],
    ['an option twice', ['--config', 'a', '--config', 'b'], '--config is given twice'],
    ['a missing configuration file', ['--config', `${dir}/nope.json`], `cannot read ${dir}/nope.json: no such file`],
    ['a folder as configuration', ['--config', dir], `cannot read ${dir}: is a folder`],
    ['a missing catalog file', ['--catalog', `${dir}/nope.json`, '--config', 'x'], `cannot read ${dir}/nope.json: no such file`],
    ['configuration that is not JSON', config('bad.json', '{"items": ['), `${dir}/bad.json: not valid JSON (line 1 column 12: the text ends before the JSON does: 2 closing brackets are missing (the next one a ]))`],
    ['a field given twice (JSON would keep the second without a word)', ['--config', write('field-twice.json', '{"items": [],\n "salesDiscountBp": 0,\n "salesDiscountBp": 2000}')],
      `${dir}/field-twice.json: salesDiscountBp is given twice in its object (the second on line 3): JSON keeps the second without a word; keep one`],
    ['configuration that is not an object', config('list.json', []), `${dir}/list.json: configuration (root): must be an object${neither}`],
    ['configuration without items', config('empty.json', {}), `${dir}/empty.json: configuration items: is missing (must be a list)${neither}`],
    ['a misspelt field', config('misspelt.json', { items: [], term: 12 }), `${dir}/misspelt.json: configuration term: is not a field of a configuration (misspelt?)${neither}`],
    ['an unknown module', config('module.json', { items: [{ module: 'x' }] }), `${dir}/module.json: unknown module \`x\``],
    ['a module twice', config('twice.json', { items: [{ module: 'outscale-vm' }, { module: 'outscale-vm' }] }), `${dir}/twice.json: module \`outscale-vm\` is listed twice`],
    ['a quantity off step', config('step.json', { items: [{ module: 'outscale-backup', quantity: 7 }] }), `${dir}/step.json: quantity 7 is not on step 5 (from 5) for \`outscale-backup\``],
    ['a quantity out of range', config('range.json', { items: [{ module: 'outscale-vm', quantity: 501 }] }), `${dir}/range.json: quantity 501 is outside 1–500 for \`outscale-vm\``],
    ['a fractional quantity', config('half.json', { items: [{ module: 'outscale-vm', quantity: 1.5 }] }), `${dir}/half.json: configuration items[0].quantity: must be a whole number`],
    ['an unknown term', config('term.json', { items: [], termMonths: 24 }), `${dir}/term.json: unknown term 24 — available: 1, 12, 36`],
    ['an unknown qualification', config('qual.json', { items: [], requirements: ['iso'] }), `${dir}/qual.json: unknown qualification \`iso\` — available: secnumcloud, hds, iso27001, cspn`],
    ['a sales discount above 100 %', config('sales.json', { items: [], salesDiscountBp: 12000 }), `${dir}/sales.json: configuration salesDiscountBp: must be at most 10000 (100 %)`],
    ['another catalog revision', config('rev.json', { catalog: '2025-01', items: [] }), `${dir}/rev.json: configuration was made on catalog 2025-01, not on catalog 2026-11`],
    ['an invalid catalog, with the path of every problem',
      ['--catalog', write('bad-catalog.json', badCatalog), '--config', 'x'],
      `${dir}/bad-catalog.json: catalog rejected, 2 problems: vatRateBp: must be at most 10000 basis points (100 %); modules[0].pricing.unitPrice: must be an integer number of cents`],
    ['a catalog that is not JSON', ['--catalog', write('catalog.txt', 'hello'), '--config', 'x'], /^.*catalog\.txt: catalog rejected, 1 problem: \(root\): is not valid JSON \(.+\)$/],
    ['a quote too large to be exact',
      ['--catalog', write('huge.json', hugeCatalog), '--config', write('huge-config.json', { items: [{ module: 'm1', quantity: 2_000_000 }] })],
      `${dir}/huge-config.json: the quote cannot be computed exactly: amount 18000000000000000 cents is out of range`],
  ])('%s', (_case, args, message) => {
    const result = runQuote(args);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    if (typeof message === 'string') expect(result.error).toBe(message);
    else expect(result.error).toMatch(message);
    expect(result.error).not.toContain('\n');
  });

  it.each([
    ['configuration JSON broken across lines (\\r\\n)', () => config('crlf.json', '{\r\n  "items": [\r\n  oops\r\n}')],
    ['configuration JSON broken across lines (\\r, U+2028)', () => config('cr.json', '{\r "items":\u2028 oops\u2029}')],
    ['a catalog whose misspelt field holds a line break', () => ['--catalog', write('nl-catalog.json', { ...aCatalogInput(), 'vat\r\nRate': 1 }), '--config', 'x']],
    ['a file name holding a line break', () => ['--config', `${dir}/two\nlines.json`]],
  ])('no message carries a line break from the input: %s', (_case, args) => {
    const result = runQuote(args());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^[^\n\r\u2028\u2029]+$/);
  });
});
