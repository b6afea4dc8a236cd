import type { ConfiguratorStore } from '../store/configurator-store';
import { changeThenFocus, moduleControl } from '../ui/focus-after-change';
import { historyStep, isHistoryKey } from './history-keys';

const usable = (element: HTMLElement) => element.isConnected && !(element instanceof HTMLButtonElement || element instanceof HTMLInputElement ? element.disabled : false);

/**
 * The history button of the step just taken (undo after Ctrl+Z, redo after Ctrl+Shift+Z or Ctrl+Y), else the other one
 * when that side of the history is now empty (a disabled button cannot take the focus).
 */
function historyButton(step: 'undo' | 'redo'): HTMLElement | null {
  const [undo, redo] = document.querySelectorAll<HTMLButtonElement>('.history-controls button');
  const [taken, other] = step === 'undo' ? [undo, redo] : [redo, undo];
  return [taken, other].find((button) => button !== undefined && !button.disabled) ?? null;
}

/**
 * Undo or redo from the keyboard, the focus kept on the page: a control the change removed or disabled in a card (its
 * « Retirer X » once the block is undone) hands it to that card's checkbox, or next way out. Anywhere else (a repair
 * of the banner, the quote's « Voir les points à corriger ») there is no such place to go back to, so to the history's
 * buttons, where a repair's own click sends it too, right above the banner: the button of the step just taken, where
 * Enter takes one more step the same way and Tab or Shift+Tab reaches the other way. What the step changed is said by
 * the live region, so the focus need not go to the control it changed.
 */
function travelKeepingFocus(store: ConfiguratorStore, step: 'undo' | 'redo'): void {
  const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const card = focused?.closest<HTMLElement>('[data-module]')?.dataset.module;
  const next = () => (card === undefined ? null : moduleControl(card)) ?? historyButton(step);
  changeThenFocus(store.getState()[step], () => (focused === null || usable(focused) ? null : next()));
}

/** Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y on the page undo and redo the configuration, the focus kept on the page. */
export function listenForUndoShortcuts(store: ConfiguratorStore): () => void {
  const onKey = (event: KeyboardEvent) => {
    if (!isHistoryKey(event)) return;
    event.preventDefault();
    travelKeepingFocus(store, historyStep(event));
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}
