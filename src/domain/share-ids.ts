import { ID_PATTERN } from './catalog-id';
import { ShareDecodeFailure, type BitReader, type BitWriter } from './share-bits';
import { SHARE_WORDS_V1 } from './share-dictionary';

/** An id is its words (split on "-"); each word is a 6-bit token: a dictionary index or LITERAL. */
const TOKEN_BITS = 6;
const LITERAL = 63;
/** Letters and digits: the characters of an id apart from "-". */
const WORD_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789';
const MAX_ID_LENGTH = 64;
const WORD_INDEX = new Map(SHARE_WORDS_V1.map((w, i) => [w, i]));

const malformed = (detail: 'bad-token' | 'bad-id') => new ShareDecodeFailure({ kind: 'malformed', detail });

/** Writes a catalog id; anything else is a programming error, not a user's mistake. */
export function writeId(out: BitWriter, id: string): void {
  if (!ID_PATTERN.test(id)) throw new RangeError(`"${id}" is not a catalog id`);
  const words = id.split('-');
  out.writeUint(words.length - 1);
  for (const word of words) {
    const index = WORD_INDEX.get(word);
    if (index !== undefined) {
      out.write(index, TOKEN_BITS);
      continue;
    }
    out.write(LITERAL, TOKEN_BITS);
    out.writeUint(word.length);
    for (const c of word) out.write(WORD_CHARS.indexOf(c), TOKEN_BITS);
  }
}

/** Reads an id, refusing anything longer than an id can be before building it. */
export function readId(input: BitReader): string {
  const wordCount = input.readUint() + 1;
  if (wordCount > MAX_ID_LENGTH) throw new ShareDecodeFailure({ kind: 'too-large', what: 'id', count: wordCount, max: MAX_ID_LENGTH });
  const words: string[] = [];
  let length = wordCount - 1;
  for (let i = 0; i < wordCount; i++) {
    const word = readWord(input);
    length += word.length;
    if (length > MAX_ID_LENGTH) throw new ShareDecodeFailure({ kind: 'too-large', what: 'id', count: length, max: MAX_ID_LENGTH });
    words.push(word);
  }
  const id = words.join('-');
  if (!ID_PATTERN.test(id)) throw malformed('bad-id');
  return id;
}

function readWord(input: BitReader): string {
  const token = input.read(TOKEN_BITS);
  if (token !== LITERAL) {
    const word = SHARE_WORDS_V1[token];
    if (word === undefined) throw malformed('bad-token');
    return word;
  }
  const length = input.readUint();
  if (length > MAX_ID_LENGTH) throw new ShareDecodeFailure({ kind: 'too-large', what: 'id', count: length, max: MAX_ID_LENGTH });
  let word = '';
  for (let i = 0; i < length; i++) {
    const c = WORD_CHARS[input.read(TOKEN_BITS)];
    if (c === undefined) throw malformed('bad-token');
    word += c;
  }
  return word;
}
