import type { Catalog } from '../catalog-schema';
import type { Configuration } from '../configuration';
import { constraintModel } from './constraint-model';
import { decisionLiterals } from './decisions';
import { lookAhead, type LookAhead } from './look-ahead';
import { returnSolver } from './catalog-facts';
import { findSuggestions, findViolations, type Violation } from './violations';

export type { Violation } from './violations';

/** Everything spec §2 derives from a configuration. */
export interface Evaluation {
  /** Catalog rules in catalog order, then `drawer:<id>` in drawer order, then `qualification:<id>` in requirements order. */
  violations: Violation[];
  valid: boolean;
  /** Ids of the `recommends` rules that fire, catalog order. */
  suggestions: string[];
  /** Module ids not selected that some completion satisfying the hard constraints contains, catalog order. */
  selectable: string[];
  /** Module ids not selected that every such completion contains, catalog order. */
  implied: string[];
}

/**
 * Evaluates a configuration against its catalog: violations and suggestions of the
 * selection as it stands, and the exact look-ahead (`selectable`, `implied`) through
 * chains of `requires`, computed by a purpose-built SAT solver (see README.md).
 */
export function evaluateConfiguration(catalog: Catalog, configuration: Configuration): Evaluation {
  const model = constraintModel(catalog);
  const look = lookAhead(model, decisionLiterals(model, configuration));
  const evaluation = toEvaluation(catalog, configuration, look);
  returnSolver(model, look.solver);
  return evaluation;
}

/** The evaluation of a configuration whose look-ahead is already known. */
export function toEvaluation(catalog: Catalog, configuration: Configuration, look: LookAhead): Evaluation {
  const violations = findViolations(catalog, configuration);
  const { moduleIds } = constraintModel(catalog);
  const ids = (variables: number[]): string[] => variables.map((v) => moduleIds[v] ?? '');
  return {
    violations,
    valid: violations.length === 0,
    suggestions: findSuggestions(catalog, configuration),
    selectable: ids(look.selectable),
    implied: ids(look.implied.map((r) => r.module).sort((a, b) => a - b)),
  };
}
