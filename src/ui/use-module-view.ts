import { describeExplanation } from '../domain/engine/describe-explanation';
import type { Explanation } from '../domain/engine/explanation';
import type { ConfiguratorState } from '../store/configurator-store';
import { evaluationOf, explanationsOf } from './derived';
import { moduleState, type ModuleState } from './module-state';
import { rememberLast } from './remember-last';
import { useConfigurator } from './store-context';

/** What one card shows, as plain values: a click re-renders only the cards whose view changed. */
export interface ModuleView {
  state: ModuleState;
  quantity: number | null;
  /** The sentence explaining a blocked or implied module, or why it was added automatically. */
  reason: string | null;
  /** The buyer's decisions that block the module: modules and qualifications to offer to drop. */
  blockingModules: string;
  blockingQualifications: string;
  addedBecause: string | null;
}

type ViewFacts = Pick<ConfiguratorState, 'catalog' | 'configuration' | 'lang' | 'addedAutomatically'>;

const sameView = (a: ModuleView, b: ModuleView): boolean =>
  a.state === b.state && a.quantity === b.quantity && a.reason === b.reason && a.addedBecause === b.addedBecause &&
  a.blockingModules === b.blockingModules && a.blockingQualifications === b.blockingQualifications;

function viewOf(s: ViewFacts, moduleId: string, explanation: (id: string, state: ModuleState) => Explanation | undefined): ModuleView {
  const item = s.configuration.items.find((i) => i.module === moduleId);
  const state = moduleState(moduleId, item !== undefined, evaluationOf(s));
  const explained = explanation(moduleId, state);
  const added = s.addedAutomatically[moduleId];
  return {
    state,
    quantity: item?.quantity ?? null,
    reason: explained ? describeExplanation(s.catalog, explained, s.lang) : null,
    blockingModules: state === 'blocked' ? (explained?.modules ?? []).join(' ') : '',
    blockingQualifications: state === 'blocked' ? (explained?.qualifications ?? []).join(' ') : '',
    addedBecause: item && added ? describeExplanation(s.catalog, added, s.lang) : null,
  };
}

/**
 * Every card's view, worked out once per change for all cards (not once per card), and a view equal
 * to the one before is the same object: a card's selector is a lookup, and only the cards whose view
 * changed re-render.
 */
export const moduleViewsOf = rememberLast(
  (s: ViewFacts) => [s.catalog, s.configuration, s.lang, s.addedAutomatically],
  (s, before: ReadonlyMap<string, ModuleView> | undefined): ReadonlyMap<string, ModuleView> => {
    const explanations = explanationsOf(s);
    const blocked = new Map(explanations.blocked.map((e) => [e.module, e]));
    const implied = new Map(explanations.implied.map((e) => [e.module, e]));
    const explanation = (id: string, state: ModuleState) =>
      state === 'blocked' ? blocked.get(id) : state === 'implied' ? implied.get(id) : undefined;
    const views = new Map<string, ModuleView>();
    for (const module of s.catalog.modules) {
      const view = viewOf(s, module.id, explanation);
      const previous = before?.get(module.id);
      views.set(module.id, previous && sameView(previous, view) ? previous : view);
    }
    return views;
  },
);

const UNKNOWN: ModuleView = { state: 'blocked', quantity: null, reason: null, blockingModules: '', blockingQualifications: '', addedBecause: null };

export function useModuleView(moduleId: string): ModuleView {
  return useConfigurator((s) => moduleViewsOf(s).get(moduleId) ?? UNKNOWN);
}
