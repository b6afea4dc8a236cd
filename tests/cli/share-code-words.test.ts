import { describe, expect, it } from 'vitest';
import { describeShareCodeError } from '../../src/cli/share-code-words';
import type { ShareError, ShareErrorKind } from '../../src/domain/share-errors';
import { describeShareError } from '../../src/domain/share-messages';

/** One error of every kind: a kind added later must be worded here too (the type says so). */
const EVERY_KIND: { [K in ShareErrorKind]: Extract<ShareError, { kind: K }> } = {
  'empty': { kind: 'empty' },
  'no-code': { kind: 'no-code' },
  'not-a-share-code': { kind: 'not-a-share-code' },
  'unsupported-version': { kind: 'unsupported-version', version: '2' },
  'bad-character': { kind: 'bad-character', position: 12, character: '\n' },
  'too-long': { kind: 'too-long', length: 9000, max: 8000 },
  'wrong-length': { kind: 'wrong-length' },
  'corrupted': { kind: 'corrupted' },
  'malformed': { kind: 'malformed', detail: 'ends-early' },
  'too-large': { kind: 'too-large', what: 'items', count: 2000, max: 1000 },
  'out-of-range': { kind: 'out-of-range', what: 'sales-discount' },
  'invalid-text': { kind: 'invalid-text', field: 'contactName', problem: 'control-character' },
  'wrong-catalog': { kind: 'wrong-catalog', revision: '2026-10', catalog: '2026-11' },
  'unknown-module': { kind: 'unknown-module', module: 'm9' },
  'duplicate-module': { kind: 'duplicate-module', module: 'm1' },
  'quantity-out-of-range': { kind: 'quantity-out-of-range', module: 'm1', quantity: 1200, min: 1, max: 1000 },
  'quantity-off-step': { kind: 'quantity-off-step', module: 'm1', quantity: 7, min: 5, step: 5 },
  'unknown-term': { kind: 'unknown-term', months: 24, available: [1, 12, 36] },
  'unknown-qualification': { kind: 'unknown-qualification', qualification: 'iso' },
  'duplicate-qualification': { kind: 'duplicate-qualification', qualification: 'hds' },
};

describe('quote words share-code errors for a command line', () => {
  it.each(Object.values(EVERY_KIND).map((e) => [e.kind, e] as const))('%s: no page to reload, no link to open, one line', (_kind, error) => {
    const text = describeShareCodeError(error);
    expect(text).not.toMatch(/\bpage\b|\breload|\blinks?\b/i);
    expect(text).toMatch(/^[^\n\r\u2028\u2029]+$/);
  });

  it('a code of a newer format says to update the tools, while the app still says to reload its page', () => {
    const newer = EVERY_KIND['unsupported-version'];
    expect(describeShareCodeError(newer)).toBe('This code was made by a newer version of the configurator (code format 2): update this copy of the configurator\'s code, then run the command again.');
    expect(describeShareError(newer, 'en')).toBe('This link was made by a newer version of the configurator (code format 2); reload the page to update it.');
  });

  it('shows a stray character by its code point, the character too when printable', () => {
    expect(describeShareCodeError({ kind: 'bad-character', position: 3, character: '!' })).toBe(
      'The code contains a character that does not belong to it (“!”, U+0021, at position 3). Copy the whole code again from the original message.');
  });
});
