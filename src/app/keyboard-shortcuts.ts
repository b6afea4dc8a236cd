import type { ConfiguratorStore } from '../store/configurator-store';

/** Text fields keep their own Ctrl+Z; everywhere else it undoes the last configuration change. */
const editsText = (target: EventTarget | null) =>
  target instanceof HTMLTextAreaElement ||
  (target instanceof HTMLInputElement && ['text', 'search', 'email', 'tel', 'url'].includes(target.type));

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
