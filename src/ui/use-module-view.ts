import { useShallow } from 'zustand/react/shallow';
import { describeExplanation } from '../domain/engine/describe-explanation';
import { evaluationOf, explanationsOf } from './derived';
import { moduleState, type ModuleState } from './module-state';
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

export function useModuleView(moduleId: string): ModuleView {
  return useConfigurator(
    useShallow((s) => {
      const item = s.configuration.items.find((i) => i.module === moduleId);
      const state = moduleState(moduleId, item !== undefined, evaluationOf(s));
      const explanations = explanationsOf(s);
      const added = s.addedAutomatically[moduleId];
      const explanation = state === 'blocked' ? explanations.blocked.find((e) => e.module === moduleId)
        : state === 'implied' ? explanations.implied.find((e) => e.module === moduleId) : undefined;
      return {
        state,
        quantity: item?.quantity ?? null,
        reason: explanation ? describeExplanation(s.catalog, explanation, s.lang) : null,
        blockingModules: state === 'blocked' ? (explanation?.modules ?? []).join(' ') : '',
        blockingQualifications: state === 'blocked' ? (explanation?.qualifications ?? []).join(' ') : '',
        addedBecause: item && added ? describeExplanation(s.catalog, added, s.lang) : null,
      };
    }),
  );
}
