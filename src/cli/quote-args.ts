import { fail, ok, type Result } from '../domain/result';

export const QUOTE_USAGE = 'usage: npm run --silent quote -- [--catalog FILE] --config CONFIG';

export interface QuoteArgs {
  /** The catalog file; undefined means the default catalog. */
  catalog: string | undefined;
  /** A configuration JSON file, a share code or a whole share URL. */
  config: string;
}

const OPTIONS = ['catalog', 'config'] as const;
type Option = (typeof OPTIONS)[number];
const isOption = (name: string): name is Option => (OPTIONS as readonly string[]).includes(name);

/** Reads `--catalog FILE --config CONFIG` (or `--name=value`); anything else is a usage error. */
export function parseQuoteArgs(args: readonly string[]): Result<QuoteArgs> {
  const values: Partial<Record<Option, string>> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const match = /^--([a-z-]+)(?:=(.*))?$/s.exec(arg);
    if (match === null) return fail(`unexpected argument "${arg}" — ${QUOTE_USAGE}`);
    const name = match[1] ?? '';
    if (!isOption(name)) return fail(`unknown option --${name} — ${QUOTE_USAGE}`);
    if (values[name] !== undefined) return fail(`--${name} is given twice`);
    const value = match[2] ?? args[++i];
    if (value === undefined || value === '' || (match[2] === undefined && value.startsWith('--'))) return fail(`--${name} needs a value — ${QUOTE_USAGE}`);
    values[name] = value;
  }
  if (values.config === undefined) return fail(`missing --config — ${QUOTE_USAGE}`);
  return ok({ catalog: values.catalog, config: values.config });
}
