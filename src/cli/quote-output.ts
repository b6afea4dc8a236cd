import { QUOTE_TOTAL_NAMES, type Quote, type QuoteTotals } from '../domain/quote-types';

/** The rule engine's findings, as §5 reports them. */
export interface RuleFindings {
  valid: boolean;
  violations: { rule: string; modules: string[] }[];
  suggestions: string[];
  selectable: string[];
  implied: string[];
}

/** The one JSON object of §5, with its fields in the order the spec lists them. */
export interface QuoteOutput extends RuleFindings {
  catalog: string;
  lines: { module: string; quantity: number; monthly: number; setup: number }[];
  totals: QuoteTotals;
  needsApproval: boolean;
}

export function quoteOutput(quote: Quote, findings: RuleFindings): QuoteOutput {
  return {
    catalog: quote.catalog,
    valid: findings.valid,
    violations: findings.violations.map(({ rule, modules }) => ({ rule, modules: [...modules] })),
    suggestions: [...findings.suggestions],
    selectable: [...findings.selectable],
    implied: [...findings.implied],
    lines: quote.lines.map(({ module, quantity, monthly, setup }) => ({ module, quantity, monthly, setup })),
    totals: Object.fromEntries(QUOTE_TOTAL_NAMES.map((name) => [name, quote.totals[name]])) as QuoteTotals,
    needsApproval: quote.needsApproval,
  };
}
