/**
 * Chromium (150 here) remembers a dynamic import that failed (connection lost, a redeploy) for the page's life: the same
 * address imported again fails at once, without asking the server. `importAgain(load, known)` gives a loader that, once
 * `load` failed, fetches the module under another address (a query added to the one the browser's error names: Chromium
 * and Firefox name it), so « Réessayer » really tries again. Where the error names no address, `load` is tried again.
 * `known` is one of the module's exports: it finds the module in the file fetched again (moduleIn). A retry first asks
 * again for the stylesheets that failed (restyle).
 */
export function importAgain<M extends object>(load: () => Promise<M>, known: keyof M & string): () => Promise<M> {
  let failed = '';
  let tried = false;
  // Once it came, the same module for every later call (another address would be another copy of it).
  let loaded: Promise<M> | undefined;
  const fetchAgain = async (address: string): Promise<M> => moduleIn<M>((await import(/* @vite-ignore */ `${address}?${Date.now()}`)) as object, known, address);
  const attempt = (): Promise<M> => {
    if (!tried) return (tried = true), load();
    return restyle().then(() => (failed ? fetchAgain(failed) : load()));
  };
  return () => {
    if (loaded) return loaded;
    const again = tried;
    loaded = attempt().catch((error: unknown) => {
      // Asked for anew and failed again, online: a file it imports failed before and the browser keeps that failure.
      if (again && (typeof navigator === 'undefined' || navigator.onLine)) sayFilesStuck();
      loaded = undefined;
      failed ||= /\S+\.js/.exec(String(error))?.[0] ?? '';
      throw error;
    });
    return loaded;
  };
}

/**
 * The module whose export `known` is, in a file fetched again. A module the bundler wrote into a file with others (the
 * later parts' file, the print host's) is not that file's exports: it is one of them, an object of its own (what the
 * first load takes out of it, `import('./later-parts-….js').then((e) => e.t)`). Taken for the file itself, the later
 * parts' retry drew the cards with a missing function, and the page crashed (QA of the later parts, session 22).
 */
export function moduleIn<M>(file: object, known: string, address: string): M {
  if (known in file) return file as M;
  const inner = Object.values(file).find((value: unknown) => typeof value === 'object' && value !== null && known in value);
  if (inner === undefined) throw new Error(`${address}: no module exporting ${known}`);
  return inner as M;
}

/** The stylesheets whose download failed (a part's own, which Vite fetches before its code). */
const failedSheets = new Set<HTMLLinkElement>();
if (typeof document !== 'undefined') {
  document.addEventListener('error', (event) => {
    if (event.target instanceof HTMLLinkElement && event.target.rel === 'stylesheet') failedSheets.add(event.target);
  }, true);
}

/**
 * Asks again, under another address, for the stylesheets that failed; rejects if one fails again. Vite never asks again
 * for a stylesheet it has put in the page: offline once, a part retried came back unstyled (the customer form without
 * its layout; found in session 22).
 */
function restyle(): Promise<void> {
  const sheets = [...failedSheets];
  failedSheets.clear();
  return Promise.all(sheets.map((old) => new Promise<void>((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = `${old.href.replace(/\?.*$/, '')}?${Date.now()}`;
    link.addEventListener('load', () => (old.remove(), resolve()));
    link.addEventListener('error', () => reject(new Error(`${old.href}: the stylesheet did not download`)));
    old.after(link);
  }))).then(() => undefined);
}

let stuck = false;
const toldStuck = new Set<() => void>();

/**
 * Whether a part of the page failed again once asked for under another address, online. Its own file came, but a file
 * it imports had failed before, and Chromium keeps that failure for the page's life: only a reload brings the part (QA,
 * session 22: the address bar, the share link, the exports and the print sheet, each lost for the visit, most without a
 * word). Then the page says so once, with the reload (stuck-files-notice.tsx).
 */
export const filesStuck = (): boolean => stuck;

export function onFilesStuck(listener: () => void): () => void {
  toldStuck.add(listener);
  return () => toldStuck.delete(listener);
}

/** As on a page just loaded (the component tests' setup: their files share one module graph). */
export function forgetFilesStuck(): void {
  stuck = false;
}

function sayFilesStuck(): void {
  if (stuck) return;
  stuck = true;
  for (const listener of toldStuck) listener();
}
