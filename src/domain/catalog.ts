import type { z } from 'zod';
import { catalogSchema, type Catalog } from './catalog-schema';
import { formatPath } from './issue-path';
import { firstRepeatedKey, repeatedKeyProblem } from './json-repeated-keys';
import { describeJsonSlip } from './json-slip';
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
 * Where the text stops being JSON, by line and column, and the slip named (« line 212 column 5: a comma before a closing
 * } or ] »): V8 gives a position for some errors only, and never names the slip. The parser's own message when the
 * text reads as JSON here (never seen).
 */
export const jsonErrorWhere = (text: string, message: string): string => describeJsonSlip(text) ?? message;

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
