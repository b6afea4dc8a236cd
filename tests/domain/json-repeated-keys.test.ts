import { describe, expect, it } from 'vitest';
import { parseCatalogText } from '../../src/domain/catalog';
import { firstRepeatedKey } from '../../src/domain/json-repeated-keys';
import { aCatalogInput, aModule } from '../fixtures/catalogs';

describe('a key given twice in one object of a JSON text', () => {
  it.each([
    ['at the root', '{"a": 1, "b": 2, "a": 3}', { path: 'a', line: 1 }],
    ['in an object of a list, on its own line', '{"modules": [{"id": "m1"}, {"id": "m2",\n "price": 1,\n "price": 2}]}', { path: 'modules[1].price', line: 3 }],
    ['written with an escape the parser decodes to the same key', '{"tiers": [{"upTo": 1, "\\u0075pTo": 2}]}', { path: 'tiers[0].upTo', line: 1 }],
    ['after values holding quotes, braces and commas', '{"x": "a \\"{[,\\" b", "y": {"z": [1, {"w": 0}]}, "y": 0}', { path: 'y', line: 1 }],
  ])('is found %s, with its path and the line of the second', (_name, text, expected) => {
    expect(() => JSON.parse(text)).not.toThrow();
    expect(firstRepeatedKey(text)).toEqual(expected);
  });

  it.each([
    ['the same key in two sibling objects', '[{"id": "a"}, {"id": "b"}]'],
    ['a key and a value with the same text', '{"id": "id", "name": "id"}'],
    ['keys differing only by case', '{"Id": 1, "id": 2}'],
    ['a bare value', '"id"'],
    ['an empty object after a full one', '{"a": {"b": 1, "c": 2}, "d": {}}'],
  ])('is not found in %s', (_name, text) => {
    expect(firstRepeatedKey(text)).toBeNull();
  });
});

describe('a catalog file with a key given twice', () => {
  it('is refused, the key named by its path and line, beside the catalog\'s other problems', () => {
    const text = JSON.stringify(aCatalogInput([aModule('m1'), aModule('m2')], [], { vatRateBp: 20000 }), null, 2)
      .replace('"id": "m2",', '"id": "m2",\n      "id": "m2",');
    const parsed = parseCatalogText(text);
    expect(parsed.ok).toBe(false);
    const problems = parsed.ok ? [] : parsed.error.map((p) => `${p.path}: ${p.message}`);
    expect(problems[0]).toMatch(/^modules\[1\]\.id: is given twice in its object \(the second on line \d+\): JSON keeps the second without a word; keep one$/);
    expect(problems.slice(1)).toEqual(['vatRateBp: must be at most 10000 basis points (100 %)']);
  });

  it('is read as before when no key repeats', () => {
    expect(parseCatalogText(JSON.stringify(aCatalogInput([aModule('m1')]), null, 2)).ok).toBe(true);
  });
});
