export type ModuleState = 'selected' | 'implied' | 'available' | 'blocked';

/** The card state of §6: selected, else implied by the selection, else selectable, else blocked. */
export function moduleState(selected: boolean, implied: boolean, selectable: boolean): ModuleState {
  if (selected) return 'selected';
  if (implied) return 'implied';
  if (selectable) return 'available';
  return 'blocked';
}
