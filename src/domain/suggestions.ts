import type { Catalog } from './catalog-schema';
import type { Evaluation } from './engine/evaluate';

/** A `recommends` rule that fires, with the suggested modules the buyer can still add. */
export interface Suggestion {
  rule: string;
  module: string;
  options: string[];
}

export function suggestionsToShow(catalog: Catalog, evaluation: Evaluation): Suggestion[] {
  return evaluation.suggestions.flatMap((id) => {
    const rule = catalog.rules.find((r) => r.id === id);
    if (!rule || rule.type !== 'recommends') return [];
    const options = rule.anyOf.filter((m) => evaluation.selectable.includes(m));
    return options.length > 0 ? [{ rule: id, module: rule.module, options }] : [];
  });
}
