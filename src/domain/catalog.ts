import type { z } from 'zod';
import { catalogSchema, type Catalog } from './catalog-schema';
import { formatPath } from './issue-path';
import { firstRepeatedKey, repeatedKeyProblem } from './json-repeated-keys';
import { fail, ok, type Result } from './result';

/** One reason a catalog is rejected, with the path of the offending field. */
export interface CatalogProblem {
  path: string;
  message: string;
}

export const describeProblem = (p: CatalogProblem): string => `${p.path}: ${p.message}`;

/** Parses untrusted catalog data once, at the edge; a rejected catalog yields every problem at once. */
export function parseCatalog(raw: unknown): Result<Catalog, CatalogProblem[]> {
  const parsed = catalogSchema.safeParse(raw);
  if (parsed.success) return ok(parsed.data);
  return fail(parsed.error.issues.flatMap(toProblems));
}

/**
 * Parses catalog JSON text; a syntax error is one problem at the root, placed by line and column. A key given twice in
 * one object is a problem too, beside the others (JSON.parse would keep the second value without a word).
 */
export function parseCatalogText(text: string): Result<Catalog, CatalogProblem[]> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return fail([{ path: '(root)', message: `is not valid JSON (${jsonErrorWhere(text, (error as Error).message)})` }]);
  }
  const repeated = firstRepeatedKey(text);
  const parsed = parseCatalog(raw);
  if (repeated === null) return parsed;
  return fail([{ path: repeated.path, message: repeatedKeyProblem(repeated) }, ...(parsed.ok ? [] : parsed.error)]);
}

/**
 * The parser's message with the line and column an editor shows (V8 before Node 21 gives only « at position 40116 »;
 * later ones add « (line 212 column 5) » themselves), and the usual slip named: a comma before a closing } or ], which
 * JavaScript allows and JSON does not.
 */
export function jsonErrorWhere(text: string, message: string): string {
  const position = /at position (\d+)/.exec(message);
  if (position === null) return message;
  const offset = Number(position[1]);
  const before = text.slice(0, offset);
  const where = /\bline \d+/.test(message) ? '' : `, line ${before.split('\n').length} column ${offset - before.lastIndexOf('\n')}`;
  const trailingComma = /,\s*$/.test(before) && /^[}\]]/.test(text.slice(offset));
  return `${message}${where}${trailingComma ? ': a comma before a closing } or ] (allowed in JavaScript, not in JSON)' : ''}`;
}

function toProblems(issue: z.core.$ZodIssue): CatalogProblem[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ path: formatPath([...issue.path, key]), message: 'is not a field of format 1 (misspelt?)' }));
  }
  return [{ path: formatPath(issue.path), message: plainMessage(issue) }];
}

function plainMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.message.startsWith('Invalid input')) {
    const expected = `${/^[aeiou]/.test(issue.expected) ? 'an' : 'a'} ${issue.expected}`;
    return issue.message.includes('received undefined') ? `is missing (expected ${expected})` : `must be ${expected}`;
  }
  return issue.message;
}
