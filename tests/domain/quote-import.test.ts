import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importConfiguration, MAX_IMPORT_CHARACTERS, type ImportError } from '../../src/domain/quote-import';
import { defaultCatalog } from '../fixtures/catalogs';

const catalog = defaultCatalog();
const json = (value: unknown) => JSON.stringify(value);
const refusal = (text: string): ImportError => {
  const result = importConfiguration(catalog, text);
  if (result.ok) throw new Error('expected the import to be refused');
  return result.error;
};

describe('importing a bare configuration (§3)', () => {
  it('fills in the defaults: quantity, first term, no qualification, no discount, current revision', () => {
    expect(importConfiguration(catalog, json({ items: [{ module: 'outscale-vm' }, { module: 'alinto-mail-essential', quantity: 40 }] }))).toEqual({
      ok: true,
      value: {
        configuration: { catalog: '2026-11', items: [{ module: 'outscale-vm', quantity: 2 }, { module: 'alinto-mail-essential', quantity: 40 }], termMonths: 1, requirements: [], salesDiscountBp: 0 },
        carriedOver: null,
      },
    });
  });

  it('accepts a file saved with a byte-order mark', () => {
    expect(importConfiguration(catalog, `\uFEFF${json({ items: [] })}`).ok).toBe(true);
  });
});

describe('importing a file made on another catalog revision', () => {
  it('carries it over onto today’s catalog, as a link to an unknown revision is, and lists what changed', () => {
    const old = { catalog: '2025-06', items: [{ module: 'outscale-gpu', quantity: 2 }, { module: 'outscale-vm', quantity: 900 }, { module: 'cryptpad-team', quantity: 30 }], termMonths: 24, requirements: ['hds'], salesDiscountBp: 300 };
    expect(importConfiguration(catalog, json({ format: 'collabnext-export/1', configuration: old }))).toEqual({
      ok: true,
      value: {
        configuration: { catalog: '2026-11', items: [{ module: 'outscale-vm', quantity: 500 }, { module: 'cryptpad-team', quantity: 30 }], termMonths: 1, requirements: ['hds'], salesDiscountBp: 300 },
        carriedOver: {
          from: '2025-06',
          changes: [
            { kind: 'module-withdrawn', module: 'outscale-gpu' },
            { kind: 'quantity-adjusted', module: 'outscale-vm', from: 900, to: 500, reason: { bound: 'max', max: 500 } },
            { kind: 'term-withdrawn', from: 24, to: 1 },
          ],
          // As the file has it, to be priced on its own revision (the import's notice compares the monthly nets).
          original: { ...old, customer: null },
        },
      },
    });
  });
});

describe('a broken file gives the right message', () => {
  it.each<[string, string, ImportError]>([
    ['an empty file', '  \n', { kind: 'empty' }],
    ['a catalog', json({ format: 'collabnext-catalog/1', version: '2026-11' }), { kind: 'catalog-file' }],
    ['another format', json({ format: 'collabnext-export/2', configuration: {} }), { kind: 'unsupported-format', format: 'collabnext-export/2' }],
    ['a format that is not text', json({ format: 7 }), { kind: 'unsupported-format', format: '7' }],
  ])('%s', (_, text, expected) => {
    expect(refusal(text)).toEqual(expected);
  });

  it.each<[string, string, ImportError]>([
    ['a missing quote', '{items": []}', { kind: 'not-json', line: 1, column: 2 }],
    ['an error on a later line', '{\n  "items": [],\n  oops\n}', { kind: 'not-json', line: 3, column: 3 }],
    ['text that stops early', '{"items": [', { kind: 'not-json', line: 1, column: 12 }],
  ])('text that is not JSON (%s): where the parser stopped, as a line and a column', (_, text, expected) => {
    expect(refusal(text)).toEqual(expected);
  });

  it('a file too large to be an export, refused before parsing', () => {
    expect(refusal(' '.repeat(MAX_IMPORT_CHARACTERS + 1))).toEqual({ kind: 'too-large', characters: MAX_IMPORT_CHARACTERS + 1, max: MAX_IMPORT_CHARACTERS });
  });

  it.each<[string, unknown, ImportError]>([
    ['a list instead of a configuration', [], { kind: 'shape', error: { path: [], problem: 'not-object' } }],
    ['a misspelt field', { items: [], term: 12 }, { kind: 'shape', error: { path: ['term'], problem: 'unknown-field' } }],
    ['a quantity that is not a number', { items: [{ module: 'outscale-vm', quantity: '4' }] }, { kind: 'shape', error: { path: ['items', 0, 'quantity'], problem: 'not-number' } }],
    ['a discount above 100 %', { items: [], salesDiscountBp: 10001 }, { kind: 'shape', error: { path: ['salesDiscountBp'], problem: 'above-hundred-percent' } }],
    ['an export without its configuration', { format: 'collabnext-export/1' }, { kind: 'shape', error: { path: [], problem: 'not-object' } }],
  ])('%s: the shape problem, as a value each language words', (_, data, expected) => {
    expect(refusal(json(data))).toEqual(expected);
  });

  const vm = { fr: 'Outscale Machines virtuelles', en: 'Outscale Virtual Machines' };
  it.each<[string, unknown, unknown, unknown]>([
    ['an unknown module', { items: [{ module: 'outscale-gpu', quantity: 1 }] }, { kind: 'unknown-module', module: 'outscale-gpu' }, null],
    ['a module twice', { items: [{ module: 'outscale-vm' }, { module: 'outscale-vm', quantity: 3 }] }, { kind: 'duplicate-module', module: 'outscale-vm' }, vm],
    ['a quantity out of range', { items: [{ module: 'outscale-vm', quantity: 501 }] }, { kind: 'quantity-out-of-range', module: 'outscale-vm', quantity: 501, min: 1, max: 500 }, vm],
    ['a quantity off step', { items: [{ module: 'outscale-backup', quantity: 7 }] }, { kind: 'quantity-off-step', module: 'outscale-backup', quantity: 7, min: 5, step: 5 },
      { fr: 'Outscale Sauvegarde', en: 'Outscale Backup' }],
    ['an unknown term', { items: [], termMonths: 24 }, { kind: 'unknown-term', months: 24, available: [1, 12, 36] }, null],
    ['an unknown qualification', { items: [], requirements: ['pci-dss'] }, { kind: 'unknown-qualification', qualification: 'pci-dss' }, null],
    ['a qualification twice', { items: [], requirements: ['hds', 'hds'] }, { kind: 'duplicate-qualification', qualification: 'hds' }, { fr: 'HDS', en: 'HDS' }],
  ])('%s: the share link’s specific error, with the catalog’s name of what it is about', (_, data, expected, name) => {
    expect(refusal(json(data))).toEqual({ kind: 'configuration', error: expected, name });
    expect(refusal(json({ format: 'collabnext-export/1', configuration: data }))).toEqual({ kind: 'configuration', error: expected, name });
  });

  it('never throws, whatever the text', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => json({ items: [v] }))), (text) => {
      const result = importConfiguration(catalog, text);
      expect(typeof result.ok).toBe('boolean');
    }), { numRuns: 500 });
  });
});
