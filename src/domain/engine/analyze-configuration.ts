import type { Catalog } from '../catalog-schema';
import type { Configuration } from '../configuration';
import { constraintModel } from './constraint-model';
import { decisionLiterals } from './decisions';
import { toEvaluation, type Evaluation } from './evaluate';
import { explainLookAhead, type ConfigurationExplanations } from './explanation';
import { lookAhead } from './look-ahead';
import { returnSolver } from './catalog-facts';
import { derivedOnce } from '../derived-once';

/**
 * The evaluation and every explanation (each blocked and each implied module) from a
 * single look-ahead: what the configurator page needs on each change.
 */
export function analyzeConfiguration(catalog: Catalog, configuration: Configuration): { evaluation: Evaluation; explanations: ConfigurationExplanations } {
  const model = constraintModel(catalog);
  const decisions = decisionLiterals(model, configuration);
  const look = lookAhead(model, decisions);
  const result = { evaluation: toEvaluation(catalog, configuration, look), explanations: explainLookAhead(model, decisions, look) };
  returnSolver(model, look.solver);
  return result;
}

/**
 * The analysis of a configuration, once per (catalog, configuration): the page derives it on every change, and an
 * edit asking what the configuration before it needed finds it there instead of running the engine again.
 */
export const analysisOf = derivedOnce(analyzeConfiguration);
