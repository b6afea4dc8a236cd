/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { runnerImport, type Plugin } from 'vite';
import { writeSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The catalog the app is built on: `src/data/catalog.json`. The browser journeys (tests/run-all.mjs) build on a published
 * revision instead, which never changes, so that publishing a new version leaves them as they are.
 */
const CATALOG = process.env.COLLABNEXT_CATALOG ?? 'src/data/catalog.json';
const CATALOG_URL_MODULE = 'virtual:current-catalog-url';
const DEV_CATALOG_PATH = '/@collabnext/catalog.json';

/** The component tests that replace a module (vi.mock, vi.doMock), run in a module graph of their own: tests/vitest-projects.test.ts keeps this list whole. */
export const UI_FILES_ISOLATED = [
  'tests/ui/documents-load-failure.test.tsx',
  'tests/ui/language-switch.test.tsx',
  'tests/ui/later-parts-loading.test.tsx',
  'tests/ui/later-behaviours-loading.test.tsx',
  'tests/ui/module-card-renders.test.tsx',
  'tests/ui/print-sheet.test.tsx',
];

/** Runs one of our TypeScript modules through Vite's module runner, so the config itself needs no TypeScript loader. */
const ours = async <M>(path: string): Promise<M> => (await runnerImport<M>(path)).module;

/** The catalog checked as `catalog:check` checks it, with its schema defaults filled in (src/cli/catalog-build.ts). */
async function checkedCatalog() {
  const { builtCatalog } = await ours<typeof import('./src/cli/catalog-build')>('./src/cli/catalog-build.ts');
  return builtCatalog(CATALOG);
}

/**
 * Stops `npm start`, `npm run build` (and vitest) with the refusal alone, as `catalog:check` gives it: through the
 * bundler's error it came twice, under « Build failed with 1 error » and above the bundler's own stack trace. Written
 * synchronously, so the line is out before the exit on any terminal. A `vite build --watch` keeps watching instead.
 */
function refuse(context: { meta: { watchMode: boolean }; error: (message: string) => never }, refusal: string, serving: boolean): never {
  // The dev server reports watch mode too: it is refused at its start like a build, without Vite's stack trace.
  if (context.meta.watchMode && !serving) return context.error(refusal);
  writeSync(2, `${refusal}\n`);
  process.exit(1);
}

/**
 * The app trusts its bundled catalog, so a build (or dev server) with a broken one stops, naming every problem; the page
 * fetches the checked catalog, with its defaults, through `virtual:current-catalog-url` (a JSON file of its own, out of
 * the first-screen script budget).
 */
const catalogChecked = (): Plugin => {
  let serving = false;
  /** What the log last said of the catalog: said once, not at every reload. */
  let said: string | null = null;
  return {
    name: 'collabnext-catalog-checked',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    async buildStart() {
      this.addWatchFile(CATALOG);
      const checked = await checkedCatalog();
      if ('refusal' in checked) refuse(this, checked.refusal, serving);
      // A build ships: its catalog must be the published one. The dev server, where a maintainer tries an edit, says so.
      if (checked.unpublished !== null && !serving) refuse(this, checked.unpublished, serving);
      if (checked.unpublished !== null) this.warn(checked.unpublished);
      said = checked.unpublished;
    },
    resolveId: (id) => (id === CATALOG_URL_MODULE ? `\0${CATALOG_URL_MODULE}` : undefined),
    async load(id) {
      if (id !== `\0${CATALOG_URL_MODULE}`) return undefined;
      if (serving) return `export default ${JSON.stringify(DEV_CATALOG_PATH)};`;
      const checked = await checkedCatalog();
      if ('refusal' in checked) refuse(this, checked.refusal, serving);
      const reference = this.emitFile({ type: 'asset', name: 'catalog.json', source: checked.json });
      return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
    },
    configureServer(server) {
      // The dev server reads the file at each request: an edit shows at the next reload, refused in the page if broken,
      // and the log says (once for each new reason) when the edit is not published.
      const log = server.config.logger;
      server.middlewares.use(DEV_CATALOG_PATH, (_request, response) => {
        checkedCatalog().then(
          (checked) => {
            const problem = 'refusal' in checked ? checked.refusal : checked.unpublished;
            if (problem !== null && problem !== said) ('refusal' in checked ? log.error : log.warn)(problem, { timestamp: true });
            said = problem;
            response.setHeader('Content-Type', 'application/json');
            response.statusCode = 'refusal' in checked ? 500 : 200;
            response.end('refusal' in checked ? '' : checked.json);
          },
          (error: unknown) => {
            log.error(`${CATALOG}: could not be checked (${String(error)})`, { timestamp: true });
            response.statusCode = 500;
            response.end('');
          },
        );
      });
    },
  };
};

/**
 * The built page may talk to its own origin only (sovereignty is the product). Injected at build
 * time: the dev server's React refresh needs an inline script that this policy would block.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data: blob:",
  "font-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'none'",
].join('; ');

const sameOriginOnly = (): Plugin => ({
  name: 'collabnext-same-origin-only',
  apply: 'build',
  transformIndexHtml: () => [
    { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
  ],
});

/**
 * What the boot path loads before the first screen: the page's entry and what `boot.ts` imports at once (the draft's
 * reading), each with every module it reaches through static imports. The dictionaries are left out (dynamic, one
 * language at a time: messages-fr.ts or messages-en.ts).
 */
const FIRST_SCREEN_ROOTS = ['index.html', 'src/app/draft-loading.ts'];

/**
 * The later parts (src/ui/later-parts.ts), fetched just after the first screen. What they share with other lazy parts
 * (catalog names, the quote's drawer groups, the German-style names) goes to the first screen, so that their file
 * imports nothing but it: Chromium keeps a failed file for the page's life, and a retry (ui/import-again.ts) fetches
 * the later parts' own file again, not the files it imports (QA, session 21: offline once, the cards never said why
 * again). Put in a file of their own with the later parts instead, those modules made ten other lazy parts (the undo
 * keys, the repairs, a link's opening, the PDF…) import the later parts' file: offline once, every one of them failed
 * for the rest of the visit (review, session 22).
 */
const LATER_PARTS_ROOT = 'src/ui/later-parts-code.ts';

/** A path of the project as the bundler names its modules. */
const fromHere = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

interface ChunkingContext { getModuleInfo(id: string): { importedIds: readonly string[]; dynamicallyImportedIds: readonly string[] } | null }

/** Every module `roots` reach through static imports (and dynamic ones too, with `dynamic`), the roots with them. */
function reachedFrom(roots: readonly string[], context: ChunkingContext, dynamic = false): Set<string> {
  const reached = new Set<string>();
  const todo = [...roots];
  for (let next = todo.pop(); next !== undefined; next = todo.pop()) {
    if (reached.has(next)) continue;
    reached.add(next);
    const info = context.getModuleInfo(next);
    todo.push(...(info?.importedIds ?? []), ...(dynamic ? (info?.dynamicallyImportedIds ?? []) : []));
  }
  return reached;
}

/** The boot path's modules, and those the later parts share with another lazy part. */
function firstScreenModules(context: ChunkingContext): Set<string> {
  const firstScreen = reachedFrom(FIRST_SCREEN_ROOTS.map(fromHere), context);
  const laterPartsRoot = fromHere(LATER_PARTS_ROOT);
  const lazyRoots = new Set([...reachedFrom(FIRST_SCREEN_ROOTS.map(fromHere), context, true)].flatMap((id) => context.getModuleInfo(id)?.dynamicallyImportedIds ?? []));
  lazyRoots.delete(laterPartsRoot);
  const elsewhere = reachedFrom([...lazyRoots], context);
  for (const id of reachedFrom([laterPartsRoot], context)) if (id !== laterPartsRoot && elsewhere.has(id)) firstScreen.add(id);
  return firstScreen;
}

/**
 * Every module the first screen loads (firstScreenModules) in one group, the entry module aside (the entry's own file
 * must hold it); the bundler then writes the group into the entry's file, so the first screen is that file and the
 * dictionary. Left to automatic splitting, what lazy parts share with the first screen came as fourteen small files,
 * each compressed on its own (first-screen JavaScript 100.1 → 97.4 KB gzip as one file). Then a list of the shared
 * modules made one file of them beside the entry's: the two compressed apart and named each other's exports (99.95 KB
 * gzip in 4 files, fr); as one file, 98.83 KB in 2. Worked out from the module graph at each build, so it holds what
 * the boot path loads then, nothing more (listing the strict configuration reader, which serves links, imports and
 * the quote tool only, once put 1.0 KB gzip on the first screen for nothing).
 */
function firstScreenChunk() {
  const modulesIn = new WeakMap<ChunkingContext, Set<string>>();
  return (id: string, context: ChunkingContext): string | null => {
    let modules = modulesIn.get(context);
    if (modules === undefined) {
      modules = firstScreenModules(context);
      modulesIn.set(context, modules);
    }
    return modules.has(id) && id !== fromHere('src/main.tsx') ? 'first-screen' : null;
  };
}

// base './' so the built files work from any folder of any static host.
export default defineConfig({
  base: './',
  plugins: [react(), sameOriginOnly(), catalogChecked()],
  build: {
    target: 'es2022', sourcemap: false,
    // A lazy part's own imports are fetched when its file has come, not beside it (<link rel="modulepreload">): Chromium
    // keeps a failed file for the page's life, and a preload that failed offline just after the first screen failed the
    // part's every retry, which fetches its own file again under another address but imports the others from theirs (the
    // later behaviours never came back; a journey of first-screen.spec.ts). One round trip more for a part with shared
    // imports, and 0.5 KB less on the first screen (the lists of what to preload). Stylesheets are still preloaded.
    modulePreload: false,
    rolldownOptions: {
      output: {
        // conflict-words on its own: left inside violation-details' file, the repairs' file imported it from there, and
        // once that file had failed to download, Chromium's memory of the failure kept the repairs from loading too.
        codeSplitting: { groups: [{ name: firstScreenChunk() }, { name: 'conflict-words', test: /src\/ui\/conflict-words\.ts$/ }] },
        // The entry names every later file with its hash (its preload map): random characters gzip cannot shrink, about
        // 0.1 KB of the first screen at 8 characters each. 6 base64 characters (36 bits) still tell 36 files' versions apart.
        entryFileNames: 'assets/[name]-[hash:6].js', chunkFileNames: 'assets/[name]-[hash:6].js',
      },
    },
  },
  test: {
    // Threads start faster than forks, and every core works (the default leaves one idle: one of two here). Measured on
    // 2 cores: the whole run 3 min 48 s with forks and isolation; 2 min 25 s with threads on 2 workers; about 1 min with
    // the modules kept between files as well.
    pool: 'threads',
    maxWorkers: '100%',
    projects: [
      {
        extends: true,
        // The files share one module graph per worker: importing the app's modules once per file took two thirds of the run.
        test: { name: 'domain', environment: 'node', isolate: false, include: ['tests/*.test.ts', 'tests/domain/**/*.test.ts', 'tests/cli/**/*.test.ts', 'tests/store/**/*.test.ts', 'tests/app/**/*.test.ts'] },
      },
      {
        extends: true,
        test: { name: 'ui', environment: 'jsdom', isolate: false, include: ['tests/ui/**/*.test.tsx'], exclude: UI_FILES_ISOLATED, setupFiles: ['tests/ui/setup.ts'] },
      },
      {
        extends: true,
        // vi.mock replaces a module for the whole module graph: these files get a graph of their own, so the mock neither
        // misses a module another file imported first nor reaches the files after them.
        test: { name: 'ui-isolated', environment: 'jsdom', include: UI_FILES_ISOLATED, setupFiles: ['tests/ui/setup.ts'] },
      },
    ],
  },
});
