import type { Configuration } from '../domain/configuration';
import { evaluateConfiguration, type Evaluation } from '../domain/engine/evaluate';
import { explainConfiguration, type ConfigurationExplanations } from '../domain/engine/explanation';
import { computeQuote } from '../domain/quote';
import type { Quote } from '../domain/quote-types';
import type { Result } from '../domain/result';
import type { ConfiguratorState } from '../store/configurator-store';
import { useConfigurator } from './store-context';

/**
 * Derived data is computed once per configuration object (configurations are immutable), however
 * many components ask for it; the cache forgets a configuration when nothing holds it any more.
 */
export function derivedOnce<T>(compute: (c: Configuration) => T): (c: Configuration) => T {
  const cache = new WeakMap<Configuration, T>();
  return (configuration) => {
    let value = cache.get(configuration);
    if (value === undefined) {
      value = compute(configuration);
      cache.set(configuration, value);
    }
    return value;
  };
}

interface Derivations {
  evaluation: (c: Configuration) => Evaluation;
  explanations: (c: Configuration) => ConfigurationExplanations;
  quote: (c: Configuration) => Result<Quote>;
}

const catalogs = new WeakMap<object, Derivations>();

function derivationsFor(catalog: Parameters<typeof evaluateConfiguration>[0]) {
  let found = catalogs.get(catalog);
  if (!found) {
    found = {
      evaluation: derivedOnce((c) => evaluateConfiguration(catalog, c)),
      explanations: derivedOnce((c) => explainConfiguration(catalog, c)),
      quote: derivedOnce((c) => computeQuote(catalog, c)),
    };
    catalogs.set(catalog, found);
  }
  return found;
}

type Facts = Pick<ConfiguratorState, 'catalog' | 'configuration'>;

/** Derived data of a store state, for use inside selectors (cached, so selectors stay cheap). */
export const evaluationOf = (s: Facts): Evaluation => derivationsFor(s.catalog).evaluation(s.configuration);
export const explanationsOf = (s: Facts): ConfigurationExplanations => derivationsFor(s.catalog).explanations(s.configuration);
export const quoteOf = (s: Facts): Result<Quote> => derivationsFor(s.catalog).quote(s.configuration);

export const useEvaluation = (): Evaluation => useConfigurator(evaluationOf);
export const useExplanations = (): ConfigurationExplanations => useConfigurator(explanationsOf);
export const useQuote = (): Result<Quote> => useConfigurator(quoteOf);
