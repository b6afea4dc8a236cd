/**
 * A key of the configuration's history: Ctrl+Z (⌘Z) undo, Ctrl+Shift+Z or Ctrl+Y redo. Not in a field that takes
 * typing (`:read-write`: a text field or area), which keeps its own Ctrl+Z, the browser's undo of its typing; but a field
 * that sets a number of the configuration (a quantity, the negotiated discount) takes Ctrl+Z itself while typing
 * (ui/use-typed-edit) and otherwise leaves it to the page. On the first screen: until the shortcuts' code has arrived,
 * later-behaviours-loading.ts applies these keys itself.
 */
export const isHistoryKey = (event: KeyboardEvent) =>
  (event.ctrlKey || event.metaKey) && !event.altKey && /^[yz]$/i.test(event.key) &&
  !(event.target instanceof Element && event.target.matches(':read-write:not([data-typed-number])'));

/** The step of the history a key takes: Ctrl+Z back, Ctrl+Shift+Z or Ctrl+Y forward. */
export const historyStep = (event: KeyboardEvent): 'undo' | 'redo' => (event.key.toLowerCase() === 'z' && !event.shiftKey ? 'undo' : 'redo');
