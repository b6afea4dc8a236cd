import { formatPath } from './issue-path';
import { fail, ok, type Result } from './result';
import { isRecord } from './is-record';

/** The shape of §3 before it is checked against a catalog; `parseConfiguration` fills in the defaults. */
export interface ConfigurationInput {
  catalog?: string;
  items: { module: string; quantity?: number }[];
  termMonths?: number;
  requirements?: string[];
  salesDiscountBp?: number;
}

const MAX_ITEMS = 10_000;
const MAX_REQUIREMENTS = 100;
const MAX_ID = 64;

type Path = (string | number)[];

/** What is wrong with one field of a configuration, as a value each language words its own way. */
export type ShapeProblemKind =
  | 'not-object' | 'unknown-field' | 'missing-text' | 'not-text' | 'text-too-long' | 'not-number' | 'not-whole'
  | 'missing-list' | 'not-list' | 'list-too-long' | 'negative' | 'above-hundred-percent';

/** The first problem found in a configuration's shape: where (a path such as `items[0].quantity`) and what. */
export interface ConfigurationShapeError {
  path: Path;
  problem: ShapeProblemKind;
  /** The bound broken by `text-too-long` (characters) and `list-too-long` (entries). */
  max?: number;
}

class ShapeProblem {
  constructor(readonly error: ConfigurationShapeError) {}
}
const problem = (path: Path, kind: ShapeProblemKind, max?: number) => new ShapeProblem(max === undefined ? { path, problem: kind } : { path, problem: kind, max });

function record(value: unknown, path: Path, fields: readonly string[]): Record<string, unknown> {
  if (!isRecord(value)) throw problem(path, 'not-object');
  const extra = Object.keys(value).find((k) => !fields.includes(k));
  if (extra !== undefined) throw problem([...path, extra], 'unknown-field');
  return value;
}

function text(value: unknown, path: Path, required: boolean): string | undefined {
  if (value === undefined && !required) return undefined;
  if (typeof value !== 'string') throw problem(path, value === undefined ? 'missing-text' : 'not-text');
  if (value.length > MAX_ID) throw problem(path, 'text-too-long', MAX_ID);
  return value;
}

function whole(value: unknown, path: Path): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw problem(path, 'not-number');
  if (!Number.isInteger(value)) throw problem(path, 'not-whole');
  return value;
}

function list(value: unknown, path: Path, max: number, required: boolean): unknown[] | undefined {
  if (value === undefined && !required) return undefined;
  if (!Array.isArray(value)) throw problem(path, value === undefined ? 'missing-list' : 'not-list');
  if (value.length > max) throw problem(path, 'list-too-long', max);
  return value;
}

function readShape(raw: unknown): ConfigurationInput {
  const c = record(raw, [], ['catalog', 'items', 'termMonths', 'requirements', 'salesDiscountBp']);
  const catalog = text(c.catalog, ['catalog'], false);
  const items = (list(c.items, ['items'], MAX_ITEMS, true) ?? []).map((item, i) => {
    const it = record(item, ['items', i], ['module', 'quantity']);
    return { module: text(it.module, ['items', i, 'module'], true) ?? '', quantity: whole(it.quantity, ['items', i, 'quantity']) };
  });
  const termMonths = whole(c.termMonths, ['termMonths']);
  const requirements = list(c.requirements, ['requirements'], MAX_REQUIREMENTS, false)?.map((q, i) => text(q, ['requirements', i], true) ?? '');
  const salesDiscountBp = whole(c.salesDiscountBp, ['salesDiscountBp']);
  if (salesDiscountBp !== undefined && salesDiscountBp < 0) throw problem(['salesDiscountBp'], 'negative');
  if (salesDiscountBp !== undefined && salesDiscountBp > 10000) throw problem(['salesDiscountBp'], 'above-hundred-percent');
  return { catalog, items, termMonths, requirements, salesDiscountBp };
}

const notWhole = (path: Path) =>
  path[0] === 'termMonths' ? 'must be a whole number of months' : path[0] === 'salesDiscountBp' ? 'must be an integer number of basis points' : 'must be a whole number';

/** The problem as the command-line tools and logs read it: `configuration items[0].quantity: must be a number`. */
export function formatShapeError({ path, problem: kind, max }: ConfigurationShapeError): string {
  const words: Record<ShapeProblemKind, string> = {
    'not-object': 'must be an object', 'unknown-field': 'is not a field of a configuration (misspelt?)',
    'missing-text': 'is missing (must be a string)', 'not-text': 'must be a string', 'text-too-long': `must be at most ${max} characters`,
    'not-number': 'must be a number', 'not-whole': notWhole(path), 'missing-list': 'is missing (must be a list)', 'not-list': 'must be a list',
    'list-too-long': `must hold at most ${max} items`, 'negative': 'must not be negative', 'above-hundred-percent': 'must be at most 10000 (100 %)',
  };
  return `configuration ${formatPath(path)}: ${words[kind]}`;
}

/**
 * Checks the shape of untrusted configuration data, first problem first, as a value.
 * Hand-written rather than zod so that restoring a draft or a link does not load a
 * validation library before the first screen.
 */
export function checkConfigurationShape(raw: unknown): Result<ConfigurationInput, ConfigurationShapeError> {
  try {
    return ok(readShape(raw));
  } catch (thrown) {
    if (thrown instanceof ShapeProblem) return fail(thrown.error);
    throw thrown;
  }
}

/** The same check with its problem as one plain line (`formatShapeError`), for the tools and the saved draft. */
export function readConfigurationShape(raw: unknown): Result<ConfigurationInput> {
  const checked = checkConfigurationShape(raw);
  return checked.ok ? checked : fail(formatShapeError(checked.error));
}
