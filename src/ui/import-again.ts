/**
 * Chromium (150 here) remembers a dynamic import that failed (connection lost, a redeploy) for the page's life: the same
 * address imported again fails at once, without asking the server. `importAgain(load)` gives a loader that, once `load`
 * failed, fetches the module under another address (a query added to the one the browser's error names: Chromium and
 * Firefox name it), so « Réessayer » really tries again. Where the error names no address, `load` is tried again.
 */
export function importAgain<M>(load: () => Promise<M>): () => Promise<M> {
  let failed = '';
  // Once it came, the same module for every later call (another address would be another copy of it).
  let loaded: Promise<M> | undefined;
  return () => (loaded ??= (failed ? (import(/* @vite-ignore */ `${failed}?${Date.now()}`) as Promise<M>) : load()).catch((error: unknown) => {
    loaded = undefined;
    failed ||= /\S+\.js/.exec(String(error))?.[0] ?? '';
    throw error;
  }));
}
