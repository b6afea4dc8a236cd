import { describe, expect, it } from 'vitest';
import { describeJsonSlip, firstJsonSlip } from '../../src/domain/json-slip';

describe('where a JSON text stops being JSON', () => {
  it.each([
    // The slips V8 (Node 20, Chromium) reports without a position: « Unexpected token ']', ..."p", ] } "... is not valid JSON ».
    ['{\n  "a": [\n    "p",\n  ]\n}', 'line 4 column 3: a comma before a closing } or ] (allowed in JavaScript, not in JSON)'],
    ['{"a": \'public\'}', 'line 1 column 7: a single quote: JSON takes double quotes ("…")'],
    ['{"a": True}', 'line 1 column 7: « True »: true, false and null are written in lower case'],
    ['{"a": .5}', 'line 1 column 7: a number JSON cannot read (write 0.5, not .5, and no + sign)'],
    ['{"a": NaN}', 'line 1 column 7: « NaN » is not JSON (a number or null)'],
    // And those it places, placed the same way.
    ['{\n  "a": 1,\n}', 'line 3 column 1: a comma before a closing } or ] (allowed in JavaScript, not in JSON)'],
    ['{"a" 1}', 'line 1 column 6: a colon (:) missing after the name'],
    ['{"a": 1 "b": 2}', 'line 1 column 9: a comma (,) or a } missing before this'],
    ['{a: 1}', 'line 1 column 2: a name without double quotes (« a »)'],
    ['{"a": [1, 2}', 'line 1 column 12: a } where a ] closes what is open'],
    ['{"a": [1, 2]', 'line 1 column 13: the text ends before the JSON does: a closing bracket is missing (the next one a })'],
    ['[[[1', 'line 1 column 5: the text ends before the JSON does: 3 closing brackets are missing (the next one a ])'],
    ['', 'line 1 column 1: the text ends before its value'],
    ['{"a": 1} x', 'line 1 column 10: more text after the end of the JSON value'],
    ['{"a": "b\nc"}', 'line 1 column 9: a line break or tab inside a string (write \\n or \\t)'],
    ['{"a": "b\\xc"}', 'line 1 column 9: a backslash that starts no escape (write \\\\ for a backslash)'],
    ['{"a": "b}', 'line 1 column 7: a string whose closing double quote is missing'],
    ['{"a": 012}', 'line 1 column 7: a number JSON cannot read (no leading zero, a digit on each side of a dot: 0.5, 12)'],
    ['{"a": 1.}', 'line 1 column 7: a number JSON cannot read (no leading zero, a digit on each side of a dot: 0.5, 12)'],
    ['{"a": “b”}', 'line 1 column 7: a typographic quote (“): JSON takes straight double quotes ("…")'],
    ['{"a": 1 // price\n}', 'line 1 column 9: a comment: JSON has none'],
    ['{"a": // price\n 1}', 'line 1 column 7: a comment: JSON has none'],
  ])('%j → %s', (text, expected) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(describeJsonSlip(text)).toBe(expected);
  });

  it('finds nothing in JSON, whatever it holds', () => {
    for (const text of ['{}', '[]', '0', '-1.5e+3', '"\\u00e9\\n\\"\\\\\\/"', ' {"a": [true, false, null, {"b": []}]} ', '{"é": "😀"}']) {
      expect(() => JSON.parse(text)).not.toThrow();
      expect(firstJsonSlip(text)).toBeNull();
    }
  });

  it('reads a deeply nested text without running out of stack, and places its end', () => {
    const text = '['.repeat(200_000);
    expect(firstJsonSlip(text)).toMatchObject({ offset: 200_000, line: 1, column: 200_001 });
  });

  it('agrees with JSON.parse on what is JSON, over texts cut at every place', () => {
    const text = '{"modules": [{"id": "m1", "price": -12.5e2, "on": true, "tags": ["a\\"b", null]}], "x": {}}';
    for (let end = 0; end <= text.length; end++) {
      const cut = text.slice(0, end);
      let parses = true;
      try {
        JSON.parse(cut);
      } catch {
        parses = false;
      }
      expect(firstJsonSlip(cut) === null).toBe(parses);
    }
  });
});
