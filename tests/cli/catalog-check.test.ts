import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runCatalogCheck } from '../../src/cli/catalog-check';
import { aCatalogInput, aModule } from '../fixtures/catalogs';
import { scratchFolder } from './quote-files';

const { dir, write } = scratchFolder();

const clean = aCatalogInput([aModule('m1'), aModule('m2'), aModule('m3')], [{ id: 'm1-m2', type: 'requires', module: 'm1', anyOf: ['m2'] }]);
const defective = aCatalogInput([aModule('m1'), aModule('m2')], [
  { id: 'm1-m2', type: 'requires', module: 'm1', anyOf: ['m2'] },
  { id: 'not-both', type: 'excludes', modules: ['m1', 'm2'] },
]);

describe('catalog:check validates, then lints (exit 0 clean, 1 findings, 2 unreadable or invalid)', () => {
  it.each([
    ['a clean catalog', [write('clean.json', clean)], 0, `${dir}/clean.json: catalog test-1 is valid (3 modules, 1 rules)\n${dir}/clean.json: no findings\n`, ''],
    ['planted defects, one line each', [write('defective.json', defective)], 1,
      `${dir}/defective.json: catalog test-1 is valid (2 modules, 2 rules)\n${dir}/defective.json: 3 findings:\n`
      + '  module m1 can never be selected (rules: m1-m2, not-both)\n'
      + '  rule m1-m2 can never fire: its module m1 can never be selected\n'
      + '  rule not-both can never fire: fewer than two of its modules can ever be selected\n', ''],
    ['no file', [], 2, '', 'usage: npm run --silent catalog:check -- FILE\n'],
    ['a missing file', [`${dir}/nope.json`], 2, '', `cannot read ${dir}/nope.json: no such file\n`],
    ['an invalid catalog', [write('invalid.json', { ...clean, vatRateBp: 20000 })], 2, '',
      `${dir}/invalid.json: catalog rejected, 1 problem:\n  vatRateBp: must be at most 10000 basis points (100 %)\n`],
  ] as const)('%s', (_name, args, code, stdout, stderr) => {
    expect(runCatalogCheck([...args])).toEqual({ code, stdout, stderr });
  });

  it('the default catalog comes out clean, exit 0', () => {
    const outcome = spawnSync('npx', ['tsx', 'src/cli/catalog-check.ts', 'src/data/catalog.json'], { encoding: 'utf8' });
    expect({ status: outcome.status, stdout: outcome.stdout }).toEqual({
      status: 0,
      stdout: 'src/data/catalog.json: catalog 2026-11 is valid (21 modules, 14 rules)\nsrc/data/catalog.json: no findings\n',
    });
  }, 20_000);
});
