import type { Configuration } from '../configuration';
import { positive, type ConstraintModel } from './constraint-model';

/**
 * The buyer's own decisions as solver assumptions, oldest first: demanded
 * qualifications (set up front), then the selected modules in configuration order.
 */
export const decisionLiterals = (model: ConstraintModel, configuration: Configuration): number[] =>
  choiceLiterals(model, { qualifications: configuration.requirements, modules: configuration.items.map((item) => item.module) });

/** Chosen modules and demanded qualifications as solver literals, qualifications first (an explanation's, a configuration's). */
export function choiceLiterals(model: ConstraintModel, choices: { modules: readonly string[]; qualifications: readonly string[] }): number[] {
  const qualifications = choices.qualifications.map((id) => model.qualificationVariable.get(id));
  const modules = choices.modules.map((id) => model.moduleVariable.get(id));
  return [...qualifications, ...modules].filter((v): v is number => v !== undefined).map(positive);
}

/** The decisions of a literal list, split into module ids and qualification ids. */
export function describeDecisions(model: ConstraintModel, literals: readonly number[]): { modules: string[]; qualifications: string[] } {
  const count = model.moduleIds.length;
  if (literals.length === 1) {
    // Most explanations hold one decision (hundreds per call on a large catalog).
    const v = (literals[0] ?? 0) >> 1;
    return v < count ? { modules: [model.moduleIds[v] ?? ''], qualifications: [] } : { modules: [], qualifications: [model.qualificationIds[v - count] ?? ''] };
  }
  const variables = literals.map((lit) => lit >> 1).sort((a, b) => a - b);
  return {
    modules: variables.filter((v) => v < count).map((v) => model.moduleIds[v] ?? ''),
    qualifications: variables.filter((v) => v >= count).map((v) => model.qualificationIds[v - count] ?? ''),
  };
}

/**
 * Whether two configurations hold the same decisions (the same modules in the same order, the same demands): what the
 * engine explains depends on those only, not on quantities, term or discount (quantity rules are not hard).
 */
export const sameDecisions = (a: Configuration, b: Configuration): boolean => a === b || decisionsOf(a) === decisionsOf(b);

// Ids are letters, digits and hyphens (the catalog schema): joined with commas, two lists read apart.
const decisionsOf = (c: Configuration): string => `${c.items.map((i) => i.module).join()}|${c.requirements.join()}`;
