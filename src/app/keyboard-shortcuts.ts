import type { ConfiguratorStore } from '../store/configurator-store';

/** Inputs a person types into (quantities are text fields with the spinbutton role; number kept for any other). */
const TYPED_INPUTS = ['text', 'search', 'email', 'tel', 'url', 'password', 'number'];

/** Fields that take typing keep their own Ctrl+Z (undo of the typing); elsewhere it undoes the last configuration change. */
const editsText = (target: EventTarget | null) =>
  target instanceof HTMLTextAreaElement ||
  (target instanceof HTMLElement && target.isContentEditable) ||
  (target instanceof HTMLInputElement && TYPED_INPUTS.includes(target.type));

export function listenForUndoShortcuts(store: ConfiguratorStore): () => void {
  const onKey = (event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || editsText(event.target)) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) store.getState().undo();
    else if ((key === 'z' && event.shiftKey) || key === 'y') store.getState().redo();
    else return;
    event.preventDefault();
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}
