import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fail, ok, type Result } from '../domain/result';

/** A byte order mark some editors write at the start of a UTF-8 file: not part of the JSON. */
const BYTE_ORDER_MARK = '\uFEFF';

/** Reads a file as text, without a leading byte order mark; an unreadable file is a value, not an exception. */
export function readText(file: string): Result<string> {
  try {
    const text = readFileSync(file, 'utf8');
    return ok(text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : code ?? 'unreadable';
    return fail(`cannot read ${file}: ${reason}`);
  }
}

/**
 * One line, whatever the message held: a JSON parser's message quotes the input, and a file name or a
 * field name may hold line breaks (\n, \r, U+2028…) or other control characters; each run becomes one space.
 */
// eslint-disable-next-line no-control-regex -- control characters are what this removes
export const oneLine = (message: string): string => message.replace(/\s*[\u0000-\u001f\u007f-\u009f\u2028\u2029]\s*/g, ' ').trim();

/** Ends the process with one clear line on stderr (bad input: exit 2), never a stack trace. */
export function exitWithError(message: string, code = 2): never {
  process.stderr.write(`${oneLine(message)}\n`);
  process.exit(code);
}

/** A path as the person who ran the command would type it: relative to the current folder when inside it. */
export const shownPath = (path: string): string => relative(process.cwd(), path) || path;
