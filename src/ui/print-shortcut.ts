/** Ctrl+P (⌘P): the browser's print, which the page makes a devis sheet. */
export const isPrintShortcut = (event: KeyboardEvent): boolean =>
  (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'p';
