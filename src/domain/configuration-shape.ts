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
class ShapeProblem {
  constructor(readonly path: Path, readonly message: string) {}
}


function record(value: unknown, path: Path, fields: readonly string[]): Record<string, unknown> {
  if (!isRecord(value)) throw new ShapeProblem(path, 'must be an object');
  const extra = Object.keys(value).find((k) => !fields.includes(k));
  if (extra !== undefined) throw new ShapeProblem([...path, extra], 'is not a field of a configuration (misspelt?)');
  return value;
}

function text(value: unknown, path: Path, required: boolean): string | undefined {
  if (value === undefined && !required) return undefined;
  if (typeof value !== 'string') throw new ShapeProblem(path, value === undefined ? 'is missing (must be a string)' : 'must be a string');
  if (value.length > MAX_ID) throw new ShapeProblem(path, `must be at most ${MAX_ID} characters`);
  return value;
}

function whole(value: unknown, path: Path, notWhole: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new ShapeProblem(path, 'must be a number');
  if (!Number.isInteger(value)) throw new ShapeProblem(path, notWhole);
  return value;
}

function list(value: unknown, path: Path, max: number, required: boolean): unknown[] | undefined {
  if (value === undefined && !required) return undefined;
  if (!Array.isArray(value)) throw new ShapeProblem(path, value === undefined ? 'is missing (must be a list)' : 'must be a list');
  if (value.length > max) throw new ShapeProblem(path, `must hold at most ${max} items`);
  return value;
}

function readShape(raw: unknown): ConfigurationInput {
  const c = record(raw, [], ['catalog', 'items', 'termMonths', 'requirements', 'salesDiscountBp']);
  const catalog = text(c.catalog, ['catalog'], false);
  const items = (list(c.items, ['items'], MAX_ITEMS, true) ?? []).map((item, i) => {
    const it = record(item, ['items', i], ['module', 'quantity']);
    return { module: text(it.module, ['items', i, 'module'], true) ?? '', quantity: whole(it.quantity, ['items', i, 'quantity'], 'must be a whole number') };
  });
  const termMonths = whole(c.termMonths, ['termMonths'], 'must be a whole number of months');
  const requirements = list(c.requirements, ['requirements'], MAX_REQUIREMENTS, false)?.map((q, i) => text(q, ['requirements', i], true) ?? '');
  const salesDiscountBp = whole(c.salesDiscountBp, ['salesDiscountBp'], 'must be an integer number of basis points');
  if (salesDiscountBp !== undefined && salesDiscountBp < 0) throw new ShapeProblem(['salesDiscountBp'], 'must not be negative');
  if (salesDiscountBp !== undefined && salesDiscountBp > 10000) throw new ShapeProblem(['salesDiscountBp'], 'must be at most 10000 (100 %)');
  return { catalog, items, termMonths, requirements, salesDiscountBp };
}

/**
 * Checks the shape of untrusted configuration data, first problem first, as one plain line:
 * `configuration items[0].quantity: must be a number`. Hand-written rather than zod so that
 * restoring a draft or a link does not load a validation library before the first screen.
 */
export function readConfigurationShape(raw: unknown): Result<ConfigurationInput> {
  try {
    return ok(readShape(raw));
  } catch (problem) {
    if (problem instanceof ShapeProblem) return fail(`configuration ${formatPath(problem.path)}: ${problem.message}`);
    throw problem;
  }
}
