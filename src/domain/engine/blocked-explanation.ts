import type { Catalog } from '../catalog-schema';
import type { Configuration } from '../configuration';
import { analysisOf } from './analyze-configuration';
import { catalogFacts, returnSolver, solverWithFacts } from './catalog-facts';
import { constraintModel, positive } from './constraint-model';
import { choiceLiterals, decisionLiterals, describeDecisions } from './decisions';
import { coreTools, ruleIds, type Explanation } from './explanation';
import { without } from './look-ahead';
import { minimalCore } from './minimal-core';

/**
 * The blocked modules of a configuration with a completion, said more fully than the engine's first pass (one minimal
 * reason each, in the click) when taking back one choice of that reason would not free the module: another reason
 * still holds it. Alinto Messagerie Business, with Essentielle and Alinto Protect chosen, is held by the drawer's one
 * place and by Protect, which needs Essentielle: « Retirer Essentielle » freed nothing and left Protect without its
 * mail. Such a module gets `freedBy`, the choices of its reason that do free it alone, when some do; when none does,
 * `freedOnlyTogether` and every reason met until it is free: `modules` and `qualifications` are then the choices to
 * take back together, `rules` all the rules that held it. Worked out after the click (a few solver calls per blocked
 * module). Null when every blocked module's reason can be lifted by any one of its choices, or when in conflict.
 * `inConflict`: the blocked modules of a configuration in conflict as conflict-explanation.ts says them; those that no
 * single choice frees (`freedBy` empty: QA, Business with Essentielle, Protect and CSPN offered nothing) get the
 * choices that free them together, the conflict's included.
 */
export function explainBlocked(catalog: Catalog, configuration: Configuration, inConflict?: readonly Explanation[]): Explanation[] | null {
  const { explanations } = analysisOf(catalog, configuration);
  if (inConflict === undefined && explanations.blocked.some((e) => e.kind === 'conflict')) return null;
  const model = constraintModel(catalog);
  const decisions = decisionLiterals(model, configuration);
  const solver = solverWithFacts(model, catalogFacts(model));
  const tools = coreTools(model, { solver });
  const freedWithout = (module: string, taken: readonly number[]): boolean =>
    solver.solve([...decisions.filter((d) => !taken.includes(d)), positive(model.moduleVariable.get(module) ?? 0)]);
  let changed = false;
  const blocked = (inConflict ?? explanations.blocked).map((e) => {
    const own = choiceLiterals(model, e);
    if (inConflict !== undefined) return own.length === 0 || hasAny(e.freedBy) ? e : everyReasonHolding(e);
    if (own.length === 0) return e;
    const freeing = own.filter((d) => freedWithout(e.module, [d]));
    if (freeing.length === own.length) return e;
    changed = true;
    return freeing.length > 0 ? { ...e, freedBy: describeDecisions(model, freeing) } : everyReasonHolding(e);
  });
  returnSolver(model, solver);
  return changed || inConflict !== undefined ? blocked : null;

  /**
   * Every reason that holds `e.module`, each met once the choices of those before it are taken back: the solver's
   * refutation of the module without them, shrunk to a minimal one as the engine's own reasons are.
   */
  function everyReasonHolding(e: Explanation): Explanation {
    const target = positive(model.moduleVariable.get(e.module) ?? 0);
    const taken = choiceLiterals(model, e);
    const rules = [...e.rules];
    while (!freedWithout(e.module, taken)) {
      const reason = minimalCore(tools, { core: without(solver.core, target), tags: solver.coreTags }, target);
      if (reason.core.length === 0) break;
      taken.push(...reason.core);
      rules.push(...ruleIds(model, reason.tags).filter((r) => !rules.includes(r)));
    }
    // A later reason may share a choice with an earlier one: a choice whose return still leaves the module free stays.
    for (const d of [...taken].reverse()) {
      const rest = taken.filter((t) => t !== d);
      if (freedWithout(e.module, rest)) taken.splice(0, taken.length, ...rest);
    }
    // A demanded qualification's rule first, as the engine orders them: a sentence cut to its first rules keeps it.
    const demanded = rules.filter((r) => r.startsWith('qualification:'));
    return { ...e, ...describeDecisions(model, taken), rules: [...demanded, ...rules.filter((r) => !demanded.includes(r))], freedOnlyTogether: true };
  }
}

const hasAny = (choices: { modules: readonly string[]; qualifications: readonly string[] } | undefined): boolean =>
  choices !== undefined && choices.modules.length + choices.qualifications.length > 0;
