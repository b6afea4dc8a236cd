/** How long after the first screen's frame the parts kept off it start loading (ms). */
const AFTER_FIRST_SCREEN_MS = 300;

/**
 * Runs `task` a moment after the first screen is painted: a part fetched any sooner is counted with the first
 * screen (measured: the Share panel, in view on a wide screen, came as a fifth file, 100.9 KB, on a loaded machine;
 * the undo shortcuts' code, fetched at mount, the same). Returns what cancels it.
 */
export function afterFirstScreen(task: () => void): () => void {
  let soon = 0;
  const painted = requestAnimationFrame(() => (soon = window.setTimeout(task, AFTER_FIRST_SCREEN_MS)));
  return () => {
    cancelAnimationFrame(painted);
    window.clearTimeout(soon);
  };
}
