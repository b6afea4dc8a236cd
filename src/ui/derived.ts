import type { Catalog } from '../domain/catalog-schema';
import type { Configuration } from '../domain/configuration';
import { analyzeConfiguration } from '../domain/engine/analyze-configuration';
import type { Evaluation } from '../domain/engine/evaluate';
import type { ConfigurationExplanations } from '../domain/engine/explanation';
import { computeQuote } from '../domain/quote';
import type { Quote } from '../domain/quote-types';
import type { Result } from '../domain/result';
import type { ConfiguratorState } from '../store/configurator-store';
import { useConfigurator } from './store-context';

/**
 * A derivation computed once per (catalog, configuration) pair — both are immutable — however many
 * components ask for it; the caches forget what nothing holds any more.
 */
export function derivedOnce<T>(compute: (catalog: Catalog, configuration: Configuration) => T): (catalog: Catalog, configuration: Configuration) => T {
  const byCatalog = new WeakMap<Catalog, WeakMap<Configuration, T>>();
  return (catalog, configuration) => {
    let cache = byCatalog.get(catalog);
    if (!cache) {
      cache = new WeakMap();
      byCatalog.set(catalog, cache);
    }
    let value = cache.get(configuration);
    if (value === undefined) {
      value = compute(catalog, configuration);
      cache.set(configuration, value);
    }
    return value;
  };
}

/** The evaluation and the explanations come from one look-ahead (the page needs both on every change). */
const analysis = derivedOnce(analyzeConfiguration);
const quote = derivedOnce(computeQuote);

type Facts = Pick<ConfiguratorState, 'catalog' | 'configuration'>;

/** Derived data of a store state, for use inside selectors (cached, so selectors stay cheap). */
export const evaluationOf = (s: Facts): Evaluation => analysis(s.catalog, s.configuration).evaluation;
export const explanationsOf = (s: Facts): ConfigurationExplanations => analysis(s.catalog, s.configuration).explanations;
export const quoteOf = (s: Facts): Result<Quote> => quote(s.catalog, s.configuration);

export const useEvaluation = (): Evaluation => useConfigurator(evaluationOf);
export const useExplanations = (): ConfigurationExplanations => useConfigurator(explanationsOf);
export const useQuote = (): Result<Quote> => useConfigurator(quoteOf);
