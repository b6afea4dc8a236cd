import type { Catalog } from './catalog-schema';
import type { Evaluation } from './engine/evaluate';

/** A `recommends` rule that fires, with the suggested modules the buyer can still add. */
export interface Suggestion {
  rule: string;
  module: string;
  options: string[];
}

export function suggestionsToShow(catalog: Catalog, evaluation: Evaluation): Suggestion[] {
  if (evaluation.suggestions.length === 0) return [];
  // Looked up, not searched: on a catalog of thousands of rules the cards ask on every change.
  const fired = new Set(evaluation.suggestions);
  const selectable = new Set(evaluation.selectable);
  return catalog.rules.filter((r) => fired.has(r.id)).flatMap((rule) => {
    if (rule.type !== 'recommends') return [];
    const options = rule.anyOf.filter((m) => selectable.has(m));
    return options.length > 0 ? [{ rule: rule.id, module: rule.module, options }] : [];
  });
}
