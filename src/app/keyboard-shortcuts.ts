import type { ConfiguratorStore } from '../store/configurator-store';
import { changeThenFocus, moduleControl } from '../ui/focus-after-change';

/** Inputs a person types into (quantities are text fields with the spinbutton role; number kept for any other). */
const TYPED_INPUTS = ['text', 'search', 'email', 'tel', 'url', 'password', 'number'];

/**
 * A field that sets a number of the configuration (a quantity, the negotiated discount): while typing, it takes Ctrl+Z
 * itself (ui/use-typed-edit); otherwise Ctrl+Z there undoes the last configuration change, as elsewhere on the page.
 */
const setsNumber = (target: EventTarget | null) => target instanceof HTMLInputElement && target.dataset.typedNumber !== undefined;

/** Fields that take typing keep their own Ctrl+Z (undo of the typing); elsewhere it undoes the last configuration change. */
const editsText = (target: EventTarget | null) =>
  !setsNumber(target) &&
  (target instanceof HTMLTextAreaElement ||
    (target instanceof HTMLElement && target.isContentEditable) ||
    (target instanceof HTMLInputElement && TYPED_INPUTS.includes(target.type)));

const usable = (element: HTMLElement) => element.isConnected && !(element instanceof HTMLButtonElement || element instanceof HTMLInputElement ? element.disabled : false);

/**
 * Undo or redo from the keyboard, the focus kept on the page: a control the change removed or disabled
 * (a card's « Retirer X » once the block is undone) hands it to its card's checkbox, or next way out.
 */
function travelKeepingFocus(travel: () => void): void {
  const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const card = focused?.closest<HTMLElement>('[data-module]')?.dataset.module;
  changeThenFocus(travel, () => (focused === null || usable(focused) || card === undefined ? null : moduleControl(card)));
}

export function listenForUndoShortcuts(store: ConfiguratorStore): () => void {
  const onKey = (event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || editsText(event.target)) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) travelKeepingFocus(store.getState().undo);
    else if ((key === 'z' && event.shiftKey) || key === 'y') travelKeepingFocus(store.getState().redo);
    else return;
    event.preventDefault();
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}
