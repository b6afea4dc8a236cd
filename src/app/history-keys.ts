/**
 * A key of the configuration's history: Ctrl+Z (⌘Z) undo, Ctrl+Shift+Z or Ctrl+Y redo. Not in a field that takes
 * typing (`:read-write`: a text field or area), which keeps its own Ctrl+Z, the browser's undo of its typing; but a field
 * that sets a number of the configuration (a quantity, the negotiated discount) takes Ctrl+Z itself while typing
 * (ui/use-typed-edit) and otherwise leaves it to the page. On the first screen: app.tsx keeps these keys until the
 * shortcuts' code has arrived.
 */
export const isHistoryKey = (event: KeyboardEvent) =>
  (event.ctrlKey || event.metaKey) && !event.altKey && /^[yz]$/i.test(event.key) &&
  !(event.target instanceof Element && event.target.matches(':read-write:not([data-typed-number])'));
