import { defineConfig } from '@playwright/test';

/** PW_PORT lets several runs share a machine (each serves its own build). */
const port = Number(process.env.PW_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // The customer form loads when it nears the viewport or when the page is idle after the first screen (2 s at most,
  // deferred-sections.tsx; it was a fixed 2.5 s): after a reload (a link pasted in the address bar reloads the page),
  // that wait plus the reload took more than the default 5 s once in CI, under load. Assertions wait longer before
  // failing; none passes sooner.
  expect: { timeout: 10_000 },
  reporter: process.env.PW_REPORTER ?? 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    locale: 'fr-FR',
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `./node_modules/.bin/vite preview --host 127.0.0.1 --port ${port} --strictPort --outDir ${process.env.PW_DIST ?? 'dist'}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
