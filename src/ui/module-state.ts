import type { Evaluation } from '../domain/engine/evaluate';

export type ModuleState = 'selected' | 'implied' | 'available' | 'blocked';

/** The card state of §6: selected, else implied by the selection, else selectable, else blocked. */
export function moduleState(moduleId: string, selected: boolean, evaluation: Evaluation): ModuleState {
  if (selected) return 'selected';
  if (evaluation.implied.includes(moduleId)) return 'implied';
  if (evaluation.selectable.includes(moduleId)) return 'available';
  return 'blocked';
}
