import { derivedOnce } from '../domain/derived-once';
import { analysisOf } from '../domain/engine/analyze-configuration';
import type { Evaluation } from '../domain/engine/evaluate';
import type { ConfigurationExplanations } from '../domain/engine/explanation';
import { computeQuote } from '../domain/quote';
import type { Quote } from '../domain/quote-types';
import type { Result } from '../domain/result';
import type { ConfiguratorState } from '../store/configurator-store';

const quote = derivedOnce(computeQuote);

type Facts = Pick<ConfiguratorState, 'catalog' | 'configuration'>;

/** Derived data of a store state, for use inside selectors (cached, so selectors stay cheap). */
export const evaluationOf = (s: Facts): Evaluation => analysisOf(s.catalog, s.configuration).evaluation;
export const explanationsOf = (s: Facts): ConfigurationExplanations => analysisOf(s.catalog, s.configuration).explanations;
export const quoteOf = (s: Facts): Result<Quote> => quote(s.catalog, s.configuration);

