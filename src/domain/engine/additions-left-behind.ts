import type { Catalog } from '../catalog-schema';
import type { Configuration } from '../configuration';
import { analysisOf } from './analyze-configuration';
import type { Explanation } from './explanation';
import { asAdded, inferredAdditions } from './inferred-additions';

/** What an edit took away: modules removed, qualifications no longer demanded. */
export interface ReasonsGone {
  modules: readonly string[];
  qualifications: readonly string[];
}

/** Whether an « Ajouté d’office » note gives as its cause something an edit took away. */
export const namesWhatWent = (because: { modules: readonly string[]; qualifications: readonly string[] }, gone: ReasonsGone): boolean =>
  because.modules.some((m) => gone.modules.includes(m)) || because.qualifications.some((q) => gone.qualifications.includes(q));

/**
 * The configuration without the modules the configurator added on its own for a reason now gone, and without those
 * added in turn for them: their note « Ajouté d’office » names a removed module or a waived qualification. One goes
 * only if it is still at the quantity it was added with (a quantity the buyer set makes the module theirs), and if
 * nothing left needs it: without it, no rule makes it implied again and no rule breaks that was not broken already.
 * Unticking Outscale Sauvegarde takes its volumes and its server with it, not 190 € a month the buyer never chose.
 * `restated`: the new note of an addition that stays because what is left implies it.
 */
export function withoutAdditionsLeftBehind(
  catalog: Catalog, configuration: Configuration, notes: Readonly<Record<string, Explanation>>, gone: ReasonsGone,
): { configuration: Configuration; restated: Record<string, Explanation> } {
  // What went so far: the edit's, then each module taken away after it.
  const goneSoFar = { modules: [...gone.modules], qualifications: gone.qualifications };
  const reasonGone = (because: Explanation) => namesWhatWent(because, goneSoFar);
  let current = configuration;
  // Each pass takes one module away and starts again: a volume goes before the server it needed can.
  for (let next = leftBehind(); next !== undefined; next = leftBehind()) {
    current = next.configuration;
    goneSoFar.modules.push(next.module);
  }
  return { configuration: current, restated: restated() };

  // An addition that stays because what is left implies it says why anew (QA: the server kept for the volumes lost
  // its note, then outlived them with none).
  function restated(): Record<string, Explanation> {
    return inferredAdditions(catalog, current, (module) => notes[module] !== undefined && reasonGone(notes[module]));
  }

  function leftBehind(): { module: string; configuration: Configuration } | undefined {
    for (const item of current.items) {
      const because = notes[item.module];
      if (because === undefined || !asAdded(catalog, item) || !reasonGone(because)) continue;
      const without = { ...current, items: current.items.filter((i) => i !== item) };
      if (noLongerNeeded(catalog, current, without, item.module)) return { module: item.module, configuration: without };
    }
    return undefined;
  }
}

function noLongerNeeded(catalog: Catalog, withIt: Configuration, withoutIt: Configuration, module: string): boolean {
  const broken = new Set(analysisOf(catalog, withIt).evaluation.violations.map((v) => v.rule));
  const { evaluation } = analysisOf(catalog, withoutIt);
  return !evaluation.implied.includes(module) && evaluation.violations.every((v) => broken.has(v.rule));
}
