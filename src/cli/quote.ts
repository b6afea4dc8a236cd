import { evaluateConfiguration } from '../domain/engine/evaluate';
import { computeQuote } from '../domain/quote';
import { fail, ok, type Result } from '../domain/result';
import { exitWithError, oneLine } from './read-input';
import { parseQuoteArgs } from './quote-args';
import { readConfigurationArgument } from './quote-input';
import { isEntryPoint } from './tool-run';
import { quoteOutput, type QuoteOutput } from './quote-output';

/** `quote` without the process: the JSON of §5, or the one line that says what input is wrong. */
export function runQuote(args: readonly string[]): Result<QuoteOutput> {
  const result = quoteOrProblem(args);
  return result.ok ? result : fail(oneLine(result.error));
}

function quoteOrProblem(args: readonly string[]): Result<QuoteOutput> {
  const parsed = parseQuoteArgs(args);
  if (!parsed.ok) return parsed;
  const input = readConfigurationArgument(parsed.value.config, parsed.value.catalog);
  if (!input.ok) return input;
  const { catalog, configuration } = input.value;
  const quote = computeQuote(catalog, configuration);
  if (!quote.ok) return fail(`${parsed.value.config}: ${quote.error}`);
  return ok(quoteOutput(quote.value, evaluateConfiguration(catalog, configuration)));
}

/** Exit 0 with one JSON object whenever a quote was computed; exit 2 with one line on bad input. */
function main(): void {
  let result: Result<QuoteOutput>;
  try {
    result = runQuote(process.argv.slice(2));
  } catch (error) {
    exitWithError(`quote failed unexpectedly: ${oneLine(error instanceof Error ? error.message : String(error))}`, 1);
  }
  if (!result.ok) exitWithError(result.error);
  process.stdout.write(`${JSON.stringify(result.value, null, 2)}\n`);
}

if (isEntryPoint(import.meta.url)) main();
