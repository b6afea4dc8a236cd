import { readFileSync } from 'node:fs';
import { fail, ok, type Result } from '../domain/result';

/** Reads a file as text; an unreadable file is a value, not an exception. */
export function readText(file: string): Result<string> {
  try {
    return ok(readFileSync(file, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : code ?? 'unreadable';
    return fail(`cannot read ${file}: ${reason}`);
  }
}

/** Ends the process with one clear line on stderr (bad input: exit 2), never a stack trace. */
export function exitWithError(message: string, code = 2): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}
