// `npm test`: every check of the project, in order, then one line "N passed, N failed" adding up all suites.
// Type check, lint and build count as one check each; vitest and Playwright count their tests.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = (name) => join('node_modules', '.bin', name);
const reports = mkdtempSync(join(tmpdir(), 'collabnext-tests-'));
const totals = { passed: 0, failed: 0, skipped: 0 };

function run(title, command, args, env = {}) {
  process.stdout.write(`\n=== ${title}: ${command} ${args.join(' ')}\n`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function check(title, command, args) {
  const ok = run(title, command, args);
  totals[ok ? 'passed' : 'failed'] += 1;
  process.stdout.write(`=== ${title}: ${ok ? 'passed' : 'FAILED'}\n`);
  return ok;
}

function readJson(file) {
  try {
    return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
  } catch {
    return undefined;
  }
}

check('type check', bin('tsc'), ['-p', 'tsconfig.json']);
check('lint', bin('eslint'), ['.', '--max-warnings', '0']);

const vitestReport = join(reports, 'vitest.json');
const vitestOk = run('unit and component tests', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`]);
const vitest = readJson(vitestReport);
if (vitest) {
  totals.passed += vitest.numPassedTests;
  totals.failed += vitest.numFailedTests + (vitestOk || vitest.numFailedTests > 0 ? 0 : 1);
  totals.skipped += vitest.numPendingTests + vitest.numTodoTests;
} else {
  totals.failed += 1;
}

// The journeys run on a build of the published revision the tests are written against (as tests/fixtures/catalogs.ts):
// a new version of src/data/catalog.json, once published, changes no figure they check. The build above is the app's own.
const TESTED_CATALOG = 'public/catalogs/2026-11.json';
const journeysDist = join(reports, 'journeys-dist');

if (check('build', bin('vite'), ['build', '--logLevel', 'warn'])
  && run('build for the journeys', bin('vite'), ['build', '--logLevel', 'warn', '--outDir', journeysDist], { COLLABNEXT_CATALOG: TESTED_CATALOG })) {
  const playwrightReport = join(reports, 'playwright.json');
  const e2eOk = run('browser journeys', bin('playwright'), ['test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport, PW_DIST: journeysDist });
  const stats = readJson(playwrightReport)?.stats;
  if (stats) {
    totals.passed += stats.expected + stats.flaky;
    totals.failed += stats.unexpected + (e2eOk || stats.unexpected > 0 ? 0 : 1);
    totals.skipped += stats.skipped;
  } else {
    totals.failed += 1;
  }
} else {
  totals.failed += 1;
  process.stdout.write('=== browser journeys: not run, a build failed (counted as one failure)\n');
}

process.stdout.write(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}\n`);
process.exit(totals.failed === 0 ? 0 : 1);
