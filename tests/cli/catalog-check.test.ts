import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogFingerprint } from '../../src/cli/catalog-archive-check';
import { runCatalogCheck } from '../../src/cli/catalog-check';
import defaultCatalogJson from '../../public/catalogs/2026-11.json';
import { aCatalogInput, aModule, defaultCatalog } from '../fixtures/catalogs';
import { scratchFolder } from './quote-files';

const { dir, write } = scratchFolder();

const clean = aCatalogInput([aModule('m1'), aModule('m2', { drawer: 'b' }), aModule('m3', { drawer: 'c' })], [{ id: 'm1-m2', type: 'requires', module: 'm1', anyOf: ['m2'] }]);
const defective = aCatalogInput([aModule('m1'), aModule('m2', { drawer: 'b' }), aModule('m3', { drawer: 'c' })], [
  { id: 'm1-m2', type: 'requires', module: 'm1', anyOf: ['m2'] },
  { id: 'not-both', type: 'excludes', modules: ['m1', 'm2'] },
]);

describe('catalog:check validates, then lints (exit 0 clean, 1 findings, 2 unreadable or invalid)', () => {
  it.each([
    ['a clean catalog', [write('clean.json', clean)], 0, `${dir}/clean.json: catalog test-1 is valid (3 modules, 1 rules)\n${dir}/clean.json: no findings\n`, ''],
    ['planted defects, one line each', [write('defective.json', defective)], 1,
      `${dir}/defective.json: catalog test-1 is valid (3 modules, 2 rules)\n${dir}/defective.json: 3 findings:\n`
      + '  module m1 can never be selected (rules: m1-m2, not-both)\n'
      + '  rule m1-m2 can never fire: its module m1 can never be selected\n'
      + '  rule not-both can never fire: fewer than two of its modules can ever be selected\n', ''],
    ['a bundle discount that falls as drawers increase: a finding', [write('bundle.json', { ...clean, discounts: { ...clean.discounts, bundle: [{ minDrawers: 3, rateBp: 1000 }, { minDrawers: 5, rateBp: 500 }] } })], 1,
      `${dir}/bundle.json: catalog test-1 is valid (3 modules, 1 rules)\n${dir}/bundle.json: 1 finding:\n`
      + '  bundle tier from 5 drawers gives 5 %, less than the 10 % from 3 drawers: a buyer who adds a drawer loses discount\n', ''],
    ['a commitment discount that falls as the term lengthens: a finding', [write('commitment.json', { ...clean, discounts: { ...clean.discounts, commitment: [{ months: 1, rateBp: 0 }, { months: 12, rateBp: 1000 }, { months: 36, rateBp: 100 }] } })], 1,
      `${dir}/commitment.json: catalog test-1 is valid (3 modules, 1 rules)\n${dir}/commitment.json: 1 finding:\n`
      + '  commitment term of 36 months gives 1 %, less than the 10 % for 12 months: a buyer who commits longer loses discount\n', ''],
    ['a drawer without modules: a finding', [write('empty-drawer.json', { ...clean, modules: clean.modules.slice(0, 2), rules: [] })], 1,
      `${dir}/empty-drawer.json: catalog test-1 is valid (2 modules, 0 rules)\n${dir}/empty-drawer.json: 1 finding:\n`
      + '  drawer c has no module: the drawer filter offers it, and it always shows 0 modules\n', ''],
    ['7 of 15 price tiers beyond a max of 1,000,000: a finding', [write('tiers.json', { ...clean, modules: [aModule('m1', {
      quantity: { min: 1, max: 1_000_000, step: 1, default: 1 },
      pricing: { model: 'volume', tiers: [10, 100, 1000, 10_000, 100_000, 200_000, 500_000, 1_000_000, 2_000_000, 5_000_000, 10_000_000, 20_000_000, 50_000_000, 100_000_000, null]
        .map((upTo, i) => ({ upTo, unitPrice: 1000 - 50 * i })) },
    }), ...clean.modules.slice(1)] })], 1,
      `${dir}/tiers.json: catalog test-1 is valid (3 modules, 1 rules)\n${dir}/tiers.json: 1 finding:\n`
      + '  module m1: 7 of its 15 price tiers can never apply, its quantity going from 1 to 1000000 by 1: tiers 9–15 (quantities beyond 1000000); drop them and give tier 8 "upTo": null\n', ''],
    ['no file', [], 2, '', 'usage: npm run --silent catalog:check -- FILE\n'],
    ['two files (the second would go unchecked)', [write('first.json', clean), `${dir}/nope.json`], 2, '',
      `one catalog at a time: unexpected argument "${dir}/nope.json" — usage: npm run --silent catalog:check -- FILE\n`],
    ['an option it does not have', ['--strict', write('strict.json', clean)], 2, '', 'unknown option --strict — usage: npm run --silent catalog:check -- FILE\n'],
    ['a missing file', [`${dir}/nope.json`], 2, '', `cannot read ${dir}/nope.json: no such file\n`],
    ['an invalid catalog', [write('invalid.json', { ...clean, vatRateBp: 20000 })], 2, '',
      `${dir}/invalid.json: catalog rejected, 1 problem: vatRateBp: must be at most 10000 basis points (100 %)\n`],
    ['a catalog with a byte order mark, as some editors save UTF-8', [write('bom.json', `\uFEFF${JSON.stringify(clean, null, 2).replace(/\n/g, '\r\n')}`)], 0,
      `${dir}/bom.json: catalog test-1 is valid (3 modules, 1 rules)\n${dir}/bom.json: no findings\n`, ''],
  ] as const)('%s', (_name, args, code, stdout, stderr) => {
    expect(runCatalogCheck([...args])).toEqual({ code, stdout, stderr });
  });

  it('bad input is one line on stderr, however many problems the catalog has (spec §5)', () => {
    const sevenProblems = {
      ...clean, vatRateBp: 20000, quoteValidityDays: 0, currency: 'USD',
      modules: [aModule('m1', { vendor: 'acme' }), aModule('m2', { unit: 'seat' }), aModule('m3', { drawer: 'z', qualifications: ['q1', 'q1'] })],
    };
    const { code, stderr } = runCatalogCheck([write('seven.json', sevenProblems)]);
    expect(code).toBe(2);
    expect(stderr).toBe(`${dir}/seven.json: catalog rejected, 7 problems: currency: must be "EUR" (the only currency of format 1); `
      + 'vatRateBp: must be at most 10000 basis points (100 %); quoteValidityDays: must be at least 1; modules[0].vendor: unknown vendor "acme"; '
      + 'modules[1].unit: unknown unit "seat"; modules[2].drawer: unknown drawer "z"; modules[2].qualifications[1]: names qualification "q1" twice\n');
  });

  it.each([
    ['JSON broken across lines (\\n)', '{\n  "format": "collabnext-catalog/1",\n  "version": \n}\n'],
    ['JSON broken across lines (\\r\\n)', '{\r\n  "format":\r\n  oops\r\n}'],
    ['JSON broken across lines (\\r, U+2028)', '{\r "format":\u2028 oops\u2029}'],
    ['a misspelt field whose name holds a line break', JSON.stringify({ ...clean, 'vat\nRate': 1 })],
    ['an unknown vendor whose id holds line breaks', JSON.stringify({ ...clean, modules: [aModule('m1', { vendor: 'ac\r\nme' })] })],
  ])('no message carries a line break from the input: %s', (_case, content) => {
    const { code, stderr } = runCatalogCheck([write('broken.json', content)]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^[^\n\r\u2028\u2029]+\n$/);
  });

  it('reports two quantity rules that contradict each other: backup at least 1.25 × and at most 1 × storage', () => {
    const withBoth = { ...defaultCatalogJson, rules: [...defaultCatalogJson.rules,
      { id: 'q-two', type: 'quantity', module: 'outscale-backup', of: ['outscale-storage'], max: { factor: 1 } }] };
    expect(runCatalogCheck([write('q-two.json', withBoth)])).toEqual({
      code: 1, stderr: '',
      stdout: `${dir}/q-two.json: catalog 2026-11 is valid (21 modules, 15 rules)\n${dir}/q-two.json: 1 finding:\n`
        + '  rules backup-covers-storage and q-two contradict each other: outscale-backup must be at least 1.25 × and at most 1 × outscale-storage; '
        + 'no valid configuration contains outscale-backup\n',
    });
  });

  it('a demand that rules a module out through the rules only: the finding says why the demand alone would not (wallix-bastion holds no SecNumCloud, which does not apply to security)', () => {
    const vmNeedsApp = { ...defaultCatalogJson, rules: [...defaultCatalogJson.rules,
      { id: 'vm-needs-app', type: 'requires', module: 'outscale-vm', anyOf: ['clever-cloud-app'] }] };
    expect(runCatalogCheck([write('vm-needs-app.json', vmNeedsApp)])).toEqual({
      code: 1, stderr: '',
      stdout: `${dir}/vm-needs-app.json: catalog 2026-11 is valid (21 modules, 15 rules)\n${dir}/vm-needs-app.json: 4 findings:\n`
        + '  module outscale-vm can never be selected when secnumcloud is demanded, though it holds that qualification (rules: qualification:secnumcloud, vm-needs-app)\n'
        + '  module outscale-storage can never be selected when secnumcloud is demanded, though it holds that qualification (rules: qualification:secnumcloud, storage-needs-vm, vm-needs-app)\n'
        + '  module outscale-backup can never be selected when secnumcloud is demanded, though it holds that qualification (rules: qualification:secnumcloud, storage-needs-vm, backup-needs-storage, vm-needs-app)\n'
        + '  module wallix-bastion can never be selected when secnumcloud is demanded, though that qualification does not apply to its drawer security (rules: qualification:secnumcloud, bastion-needs-servers, vm-needs-app)\n',
    });
  });

  it('a quantity rule that cannot be met gives the smallest failing total: SSO for at most 10,000 users fails from 10,001 mailboxes, not at 100,000', () => {
    const smallSso = { ...defaultCatalogJson, modules: defaultCatalogJson.modules.map((m) =>
      (m.id === 'wallix-trustelem' ? { ...m, quantity: { ...m.quantity, max: 10_000 } } : m)) };
    expect(runCatalogCheck([write('small-sso.json', smallSso)])).toEqual({
      code: 1, stderr: '',
      stdout: `${dir}/small-sso.json: catalog 2026-11 is valid (21 modules, 14 rules)\n${dir}/small-sso.json: 1 finding:\n`
        + '  rule sso-covers-mailboxes cannot be met within the modules\' min/max/step when alinto-mail-essential totals 10001\n',
    });
  });

  it('the default catalog as published in 2026-11 comes out clean, exit 0', () => {
    const outcome = spawnSync('npx', ['tsx', 'src/cli/catalog-check.ts', 'public/catalogs/2026-11.json'], { encoding: 'utf8' });
    expect({ status: outcome.status, stdout: outcome.stdout }).toEqual({
      status: 0,
      stdout: 'public/catalogs/2026-11.json: catalog 2026-11 is valid (21 modules, 14 rules)\npublic/catalogs/2026-11.json: no findings\n',
    });
  }, 20_000);

  it('the catalog the app ships, whatever its version, comes out clean too', () => {
    const outcome = spawnSync('npx', ['tsx', 'src/cli/catalog-check.ts', 'src/data/catalog.json'], { encoding: 'utf8' });
    expect(outcome.status).toBe(0);
    expect(outcome.stdout).toMatch(/^src\/data\/catalog\.json: catalog \S+ is valid \(\d+ modules, \d+ rules\)\nsrc\/data\/catalog\.json: no findings\n$/);
  }, 20_000);

  describe('QA (D6): the catalog the app is built on, which a build refuses unless published as it stands', () => {
    const published = readFileSync('public/catalogs/2026-11.json', 'utf8');
    const archive = join(dir, 'public');
    mkdirSync(join(archive, 'catalogs'), { recursive: true });
    writeFileSync(join(archive, 'catalogs', '2026-11.json'), published);
    writeFileSync(join(archive, 'catalogs', 'index.json'), JSON.stringify({
      format: 'collabnext-catalog-archive/1', revisions: ['2026-11'], fingerprints: { '2026-11': catalogFingerprint(defaultCatalog()) },
    }));
    const check = (text: string, working = join(dir, 'working.json')) => {
      writeFileSync(join(dir, 'working.json'), text);
      return runCatalogCheck([join(dir, 'working.json')], { working, archive });
    };

    it('a new version not yet published: clean (exit 0), and a note names catalog:publish', () => {
      const outcome = check(published.replace('"version": "2026-11"', '"version": "2026-12"'));
      expect(outcome.code).toBe(0);
      expect(outcome.stdout).toMatch(/: no findings\nnote: npm run build refuses this catalog as it stands: .*working\.json: version 2026-12 is not published: run npm run catalog:publish .*\n$/);
    });

    it('a published version edited: the note says links made on it would change price', () => {
      const outcome = check(published.replace('"vatRateBp": 2000', '"vatRateBp": 2100'));
      expect(outcome.stdout).toMatch(/note: .*version 2026-11 is already published as .* with other contents, and links made on it would change price/);
    });

    it('no note when it is published as it stands, nor for any other file', () => {
      expect(check(published)).toEqual({ code: 0, stderr: '', stdout: `${dir}/working.json: catalog 2026-11 is valid (21 modules, 14 rules)\n${dir}/working.json: no findings\n` });
      expect(check(published.replace('"version": "2026-11"', '"version": "2026-12"'), join(dir, 'another.json')).stdout).not.toMatch(/note/);
    });
  });
});

