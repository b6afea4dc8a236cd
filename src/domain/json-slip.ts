/**
 * Where a JSON text stops being JSON, for the person who edits it. JavaScript engines say it unevenly: V8 gives an
 * offset for some errors (« at position 40116 ») and only a quote of the text for others (« Unexpected token ']',
 * ..."p", ] } "... is not valid JSON »: a trailing comma in an array, single quotes, `True`), which matches dozens of
 * places in a catalog. This reads the text itself, once, without recursion (a file of 100 000 « [ » is read like any
 * other), and names the usual slips.
 */
export interface JsonSlip {
  /** Offset of the first character that cannot be read (the text's length when it ends too soon). */
  offset: number;
  /** 1-based, as an editor shows them. */
  line: number;
  column: number;
  /** What is wrong there, in a few words. */
  slip: string;
}

type Expecting = 'value' | 'value-or-close' | 'value-after-comma' | 'key-or-close' | 'key-after-comma' | 'colon' | 'comma-or-close' | 'end';

const TRAILING_COMMA = 'a comma before a closing } or ] (allowed in JavaScript, not in JSON)';
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WORD = /[A-Za-z_$][\w$]*/y;
const ESCAPES = '"\\/bfnrt';

class Stop {
  constructor(readonly offset: number, readonly slip: string) {}
}

/** The first place `text` is not JSON, or null when it is. */
export function firstJsonSlip(text: string): JsonSlip | null {
  try {
    readJson(text);
    return null;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    const before = text.slice(0, error.offset);
    return { offset: error.offset, line: before.split('\n').length, column: error.offset - before.lastIndexOf('\n'), slip: error.slip };
  }
}

/** « line 212 column 5: a comma before a closing } or ] (…) », or null when `text` is JSON. */
export function describeJsonSlip(text: string): string | null {
  const found = firstJsonSlip(text);
  return found && `line ${found.line} column ${found.column}: ${found.slip}`;
}

function readJson(text: string): void {
  const open: string[] = [];
  let expecting = 'value' as Expecting;
  let i = 0;
  const afterValue = () => {
    expecting = open.length === 0 ? 'end' : 'comma-or-close';
  };
  while (true) {
    while (i < text.length && ' \t\n\r'.includes(text[i] ?? '')) i += 1;
    const c = text[i];
    if (c === undefined) {
      if (expecting === 'end') return;
      if (open.length === 0) throw new Stop(text.length, 'the text ends before its value');
      const missing = open.length === 1 ? 'a closing bracket is missing' : `${open.length} closing brackets are missing`;
      throw new Stop(text.length, `the text ends before the JSON does: ${missing} (the next one a ${open.at(-1) === '{' ? '}' : ']'})`);
    }
    switch (expecting) {
      case 'end':
        throw new Stop(i, 'more text after the end of the JSON value');
      case 'colon':
        if (c !== ':') throw new Stop(i, 'a colon (:) missing after the name');
        expecting = 'value';
        i += 1;
        break;
      case 'comma-or-close': {
        const closing = open.at(-1) === '{' ? '}' : ']';
        if (c === ',') {
          expecting = closing === '}' ? 'key-after-comma' : 'value-after-comma';
          i += 1;
        } else if (c === closing) {
          open.pop();
          afterValue();
          i += 1;
        } else if (c === '}' || c === ']') {
          throw new Stop(i, `a ${c} where a ${closing} closes what is open`);
        } else if (c === '/') {
          throw new Stop(i, 'a comment: JSON has none');
        } else {
          throw new Stop(i, `a comma (,) or a ${closing} missing before this`);
        }
        break;
      }
      case 'key-or-close':
      case 'key-after-comma':
        if (c === '}' && expecting === 'key-or-close') {
          open.pop();
          afterValue();
          i += 1;
        } else if (c === '}' || c === ']') {
          throw new Stop(i, TRAILING_COMMA);
        } else if (c === '"') {
          i = stringEnd(text, i);
          expecting = 'colon';
        } else {
          throw new Stop(i, startSlip(text, i, 'a name'));
        }
        break;
      default:
        if (c === ']' && expecting === 'value-or-close') {
          open.pop();
          afterValue();
          i += 1;
        } else if ((c === ']' || c === '}') && expecting === 'value-after-comma') {
          throw new Stop(i, TRAILING_COMMA);
        } else if (c === '{' || c === '[') {
          open.push(c);
          expecting = c === '{' ? 'key-or-close' : 'value-or-close';
          i += 1;
        } else {
          i = scalarEnd(text, i);
          afterValue();
        }
    }
  }
}

/** The end of the string starting at `start` (past its closing quote). */
function stringEnd(text: string, start: number): number {
  for (let j = start + 1; j < text.length; j += 1) {
    const c = text[j] ?? '';
    if (c === '"') return j + 1;
    if (c < ' ') throw new Stop(j, 'a line break or tab inside a string (write \\n or \\t)');
    if (c !== '\\') continue;
    const escaped = text[j + 1] ?? '';
    if (escaped === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6))) j += 5;
    else if (escaped !== 'u' && ESCAPES.includes(escaped) && escaped !== '') j += 1;
    else throw new Stop(j, 'a backslash that starts no escape (write \\\\ for a backslash)');
  }
  throw new Stop(start, 'a string whose closing double quote is missing');
}

/** The end of the number, true, false or null starting at `start`. */
function scalarEnd(text: string, start: number): number {
  const c = text[start] ?? '';
  if (c === '"') return stringEnd(text, start);
  if (c === '-' || (c >= '0' && c <= '9')) {
    NUMBER.lastIndex = start;
    const number = NUMBER.exec(text);
    const end = number ? start + number[0].length : start;
    if (number === null || /[\d.eE+-]/.test(text[end] ?? '')) throw new Stop(start, 'a number JSON cannot read (no leading zero, a digit on each side of a dot: 0.5, 12)');
    return end;
  }
  WORD.lastIndex = start;
  const word = WORD.exec(text)?.[0];
  if (word === 'true' || word === 'false' || word === 'null') return start + word.length;
  throw new Stop(start, startSlip(text, start, 'a value'));
}

/** What the character at `at`, where a value or a name should start, most likely is. */
function startSlip(text: string, at: number, wanted: 'a value' | 'a name'): string {
  const c = text[at] ?? '';
  if (c === "'") return 'a single quote: JSON takes double quotes ("…")';
  if ('“”„‘’«»'.includes(c)) return `a typographic quote (${c}): JSON takes straight double quotes ("…")`;
  if (c === '/') return 'a comment: JSON has none';
  if (c === '.' || c === '+') return 'a number JSON cannot read (write 0.5, not .5, and no + sign)';
  WORD.lastIndex = at;
  const word = WORD.exec(text)?.[0];
  if (word !== undefined) {
    if (['true', 'false', 'null'].includes(word.toLowerCase())) return `« ${word} »: true, false and null are written in lower case`;
    if (['NaN', 'Infinity', 'undefined', 'None'].includes(word)) return `« ${word} » is not JSON (a number or null)`;
    return wanted === 'a name' ? `a name without double quotes (« ${word} »)` : `« ${word} » without double quotes`;
  }
  const shown = c < ' ' ? `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : c;
  return `« ${shown} » where ${wanted} should start`;
}
