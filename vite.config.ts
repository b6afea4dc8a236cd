/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { runnerImport, type Plugin } from 'vite';

const CATALOG = 'src/data/catalog.json';

/** The app trusts its bundled catalog, so a build (or dev server) with a broken one stops, naming every problem. */
const catalogChecked = (): Plugin => ({
  name: 'collabnext-catalog-checked',
  async buildStart() {
    this.addWatchFile(CATALOG);
    // Imported through Vite's module runner so the config itself needs no TypeScript loader.
    const { module } = await runnerImport<typeof import('./src/domain/catalog')>('./src/domain/catalog.ts');
    const { parseCatalogText, describeProblem } = module;
    const parsed = parseCatalogText(readFileSync(CATALOG, 'utf8'));
    if (!parsed.ok) this.error(`${CATALOG} is not a valid catalog:\n${parsed.error.map((p) => `  ${describeProblem(p)}`).join('\n')}`);
  },
});

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

// base './' so the built files work from any folder of any static host.
export default defineConfig({
  base: './',
  plugins: [react(), sameOriginOnly(), catalogChecked()],
  build: { target: 'es2022', sourcemap: false },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'domain', environment: 'node', include: ['tests/domain/**/*.test.ts', 'tests/cli/**/*.test.ts', 'tests/store/**/*.test.ts', 'tests/app/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: ['tests/ui/**/*.test.tsx'],
          setupFiles: ['tests/ui/setup.ts'],
        },
      },
    ],
  },
});
