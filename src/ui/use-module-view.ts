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

/** What a change tells every card, looked up once per change rather than searched per card. */
interface CardFacts {
  quantities: ReadonlyMap<string, number>;
  implied: ReadonlyMap<string, Explanation>;
  blocked: ReadonlyMap<string, Explanation>;
  impliedIds: ReadonlySet<string>;
  selectable: ReadonlySet<string>;
}

function viewOf(s: ViewFacts, facts: CardFacts, moduleId: string): ModuleView {
  const quantity = facts.quantities.get(moduleId) ?? null;
  const state = moduleState(quantity !== null, facts.impliedIds.has(moduleId), facts.selectable.has(moduleId));
  const explained = state === 'blocked' ? facts.blocked.get(moduleId) : state === 'implied' ? facts.implied.get(moduleId) : undefined;
  const added = s.addedAutomatically[moduleId];
  return {
    state,
    quantity,
    reason: explained ? describeExplanation(s.catalog, explained, s.lang) : null,
    blockingModules: state === 'blocked' ? (explained?.modules ?? []).join(' ') : '',
    blockingQualifications: state === 'blocked' ? (explained?.qualifications ?? []).join(' ') : '',
    addedBecause: quantity !== null && added ? describeExplanation(s.catalog, added, s.lang) : null,
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
    const { blocked, implied } = explanationsOf(s);
    const evaluation = evaluationOf(s);
    const facts: CardFacts = {
      quantities: new Map(s.configuration.items.map((i) => [i.module, i.quantity])),
      blocked: new Map(blocked.map((e) => [e.module, e])),
      implied: new Map(implied.map((e) => [e.module, e])),
      impliedIds: new Set(evaluation.implied),
      selectable: new Set(evaluation.selectable),
    };
    const views = new Map<string, ModuleView>();
    for (const module of s.catalog.modules) {
      const view = viewOf(s, facts, module.id);
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
