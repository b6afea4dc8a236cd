import { describe, expect, it } from 'vitest';
import { CUSTOMER_TEXT_MAX_LENGTH, NOTES_MAX_LENGTH, readSavedDetails } from '../../src/domain/draft-details';
import { firstCharacters } from '../../src/domain/grapheme';

describe('saved texts are bounded in characters, and cut between characters', () => {
  it('a text of exactly the bound is kept whole, an emoji at its end counting as one character (not two UTF-16 units)', () => {
    const address = `${'a'.repeat(CUSTOMER_TEXT_MAX_LENGTH - 1)}😀`;
    const { details, faults } = readSavedDetails({ customer: { address } });
    expect(details.customer.address).toBe(address);
    expect(faults).toEqual([]);
  });

  it('a cut never splits what the user sees as one character, and says how many characters there were', () => {
    const notes = `${'n'.repeat(NOTES_MAX_LENGTH - 1)}👍🏽`;
    const { details, faults } = readSavedDetails({ notes });
    expect(details.notes).toBe('n'.repeat(NOTES_MAX_LENGTH - 1));
    expect(faults).toEqual([{ kind: 'text-cut', field: 'notes', length: NOTES_MAX_LENGTH + 1, max: NOTES_MAX_LENGTH }]);
  });

  it.each([
    ['a flag', 'ab🇫🇷', 3, 'ab'],
    ['a family of 5 code points, which fits', 'x👨‍👩‍👧', 6, 'x👨‍👩‍👧'],
    ['a family of 5 code points, which does not', 'x👨‍👩‍👧', 5, 'x'],
    ['an accent typed apart', 'cafe\u0301', 4, 'caf'],
    ['plain letters', 'abcdef', 4, 'abcd'],
  ])('firstCharacters keeps whole characters: %s', (_case, text, max, kept) => {
    expect(firstCharacters(text, max)).toBe(kept);
  });
});
