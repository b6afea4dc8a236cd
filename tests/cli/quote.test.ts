import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runQuote } from '../../src/cli/quote';
import { QUOTE_TOTAL_NAMES } from '../../src/domain/quote-types';
import { aCatalogInput, aModule, SHIPPED_VERSION, TESTED_CATALOG_FILE } from '../fixtures/catalogs';
import { scratchFolder } from './quote-files';

const { dir, write } = scratchFolder();

/** Five drawers (10 % bundle), 36 months (20 %), 10 % sales discount; valid. */
const fiveDrawers = write('five-drawers.json', {
  catalog: '2026-11',
  items: [
    { module: 'alinto-mail-business', quantity: 60 }, // graduated: 50 × 600 + 10 × 520 = 35,200
    { module: 'jamespot-intranet-secnum', quantity: 300 }, // volume, 2nd tier: 300 × 750 + 20,000 flat = 245,000
    { module: 'outscale-vm', quantity: 3 }, // 3 × 8,900
    { module: 'outscale-storage', quantity: 1010 }, // graduated: 1,000 × 12 + 10 × 10
    { module: 'outscale-backup', quantity: 1265 }, // ≥ 1.25 × 1,010, on step 5: 1,265 × 5
    { module: 'wallix-trustelem', quantity: 60 },
    { module: 'wallix-authenticator', quantity: 60 },
    { module: 'clever-cloud-app', quantity: 2 },
  ],
  termMonths: 36,
  salesDiscountBp: 1000,
});

/** Default quantities and term, three broken `requires`, a suggestion, a sales discount above the threshold. */
const invalid = write('invalid.json', {
  items: [
    { module: 'wallix-bastion' }, { module: 'alinto-mail-essential' }, { module: 'alinto-protect' },
    { module: 'outscale-backup', quantity: 10 }, { module: 'clever-cloud-postgresql' }, { module: 'xwiki-knowledge' },
  ],
  salesDiscountBp: 1600,
});

const quoteOf = (args: string[]) => {
  const result = runQuote(args);
  if (!result.ok) throw new Error(result.error);
  return result.value;
};

describe('quote on the default catalog: the JSON of §5, field by field', () => {
  it('a valid configuration over five drawers', () => {
    const out = quoteOf(['--catalog', TESTED_CATALOG_FILE, '--config', fiveDrawers]);
    expect(Object.keys(out)).toEqual(['catalog', 'valid', 'violations', 'suggestions', 'selectable', 'implied', 'lines', 'totals', 'needsApproval']);
    expect(out.catalog).toBe('2026-11');
    expect(out.valid).toBe(true);
    expect(out.violations).toEqual([]);
    expect(out.suggestions).toEqual([]);
    expect(out.selectable).toEqual([
      'cryptpad-team', 'cryptpad-enterprise', 'xwiki-knowledge', 'glowbl-meetings', 'glowbl-events',
      'clever-cloud-postgresql', 'clever-cloud-cellar', 'datakeen-documents', 'outscale-private-network', 'wallix-bastion',
    ]);
    expect(out.implied).toEqual([]);
    expect(out.lines).toEqual([
      { module: 'alinto-mail-business', quantity: 60, monthly: 35200, setup: 0 },
      { module: 'jamespot-intranet-secnum', quantity: 300, monthly: 245000, setup: 300000 },
      { module: 'outscale-vm', quantity: 3, monthly: 26700, setup: 0 },
      { module: 'outscale-storage', quantity: 1010, monthly: 12100, setup: 0 },
      { module: 'outscale-backup', quantity: 1265, monthly: 6325, setup: 0 },
      { module: 'wallix-trustelem', quantity: 60, monthly: 18000, setup: 0 },
      { module: 'wallix-authenticator', quantity: 60, monthly: 12000, setup: 0 },
      { module: 'clever-cloud-app', quantity: 2, monthly: 12800, setup: 0 },
    ]);
    expect(out.totals).toEqual({
      recurring: 368125,
      commitmentDiscount: 73625, // 20 % of 368,125
      bundleDiscount: 29450, // 10 % of 294,500 (5 drawers)
      salesDiscount: 26505, // 10 % of 265,050
      monthlyNet: 238545,
      monthlyVat: 47709,
      monthlyGross: 286254,
      setupNet: 300000,
      setupVat: 60000,
      setupGross: 360000,
      firstYearNet: 3162540, // 12 × 238,545 + 300,000
      contractNet: 8887620, // 36 × 238,545 + 300,000
    });
    expect(out.needsApproval).toBe(false);
    expect(Object.keys(out.totals)).toEqual([...QUOTE_TOTAL_NAMES]);
  });

  it('an invalid configuration is still priced, and says so', () => {
    const out = quoteOf(['--catalog', TESTED_CATALOG_FILE, '--config', invalid]);
    expect(out.valid).toBe(false);
    expect(out.violations).toEqual([
      { rule: 'bastion-needs-servers', modules: ['wallix-bastion'] },
      { rule: 'backup-needs-storage', modules: ['outscale-backup'] },
      { rule: 'postgresql-needs-app', modules: ['clever-cloud-postgresql'] },
    ]);
    expect(out.suggestions).toEqual(['wiki-suggests-intranet']);
    expect(out.implied).toEqual(['clever-cloud-app', 'outscale-vm', 'outscale-storage']);
    expect(out.selectable).toEqual([
      'cryptpad-team', 'cryptpad-enterprise', 'jamespot-intranet', 'jamespot-intranet-secnum', 'glowbl-meetings', 'glowbl-events',
      'clever-cloud-app', 'clever-cloud-cellar', 'datakeen-documents', 'outscale-vm', 'outscale-storage', 'outscale-private-network',
      'wallix-trustelem', 'wallix-authenticator',
    ]);
    expect(out.lines).toEqual([
      { module: 'wallix-bastion', quantity: 10, monthly: 40000, setup: 200000 },
      { module: 'alinto-mail-essential', quantity: 25, monthly: 7500, setup: 0 },
      { module: 'alinto-protect', quantity: 25, monthly: 3750, setup: 0 },
      { module: 'outscale-backup', quantity: 10, monthly: 50, setup: 0 },
      { module: 'clever-cloud-postgresql', quantity: 1, monthly: 4500, setup: 0 },
      { module: 'xwiki-knowledge', quantity: 50, monthly: 25000, setup: 80000 },
    ]);
    expect(out.totals).toEqual({
      recurring: 80800, commitmentDiscount: 0, bundleDiscount: 8080, salesDiscount: 11635, // round(11,635.2)
      monthlyNet: 61085, monthlyVat: 12217, monthlyGross: 73302,
      setupNet: 280000, setupVat: 56000, setupGross: 336000,
      firstYearNet: 1013020, contractNet: 341085,
    });
    expect(out.needsApproval).toBe(true);
  });

  it('prices a test catalog given with --catalog', () => {
    const catalog = write('catalog.json', aCatalogInput([aModule('m1', { pricing: { model: 'perUnit', unitPrice: 250 } })]));
    const config = write('test-config.json', { items: [{ module: 'm1', quantity: 4 }], termMonths: 12 });
    const out = quoteOf(['--catalog', catalog, `--config=${config}`]);
    expect(out.catalog).toBe('test-1');
    expect(out.lines).toEqual([{ module: 'm1', quantity: 4, monthly: 1000, setup: 0 }]);
    expect(out.totals).toMatchObject({ recurring: 1000, commitmentDiscount: 100, monthlyNet: 900, monthlyVat: 180, monthlyGross: 1080, contractNet: 10800 });
  });

  it('a configuration that names no revision is priced on the catalog given, which the output names; one that names a revision, on that revision', () => {
    const unnamed = write('unnamed.json', { items: [{ module: 'outscale-vm' }] });
    // Without --catalog, the catalog the app ships, whatever its version.
    const today = quoteOf(['--config', unnamed]);
    expect(today.catalog).toBe(SHIPPED_VERSION);
    expect(today).toEqual(quoteOf(['--catalog', 'src/data/catalog.json', '--config', unnamed]));
    const tested = quoteOf(['--catalog', TESTED_CATALOG_FILE, '--config', unnamed]);
    expect([tested.catalog, tested.totals.recurring]).toEqual(['2026-11', 2 * 8900]);
    const archived = quoteOf(['--catalog', 'public/catalogs/2026-10.json', '--config', unnamed]);
    expect([archived.catalog, archived.totals.recurring]).toEqual(['2026-10', 2 * 8500]);
    // Naming a revision, it is priced on that one from the archive, as its share code is (QA: it was refused without
    // --catalog); with --catalog, the file given must be that revision.
    const named = write('named.json', { catalog: '2026-10', items: [{ module: 'outscale-vm' }] });
    expect(quoteOf(['--config', named])).toEqual(archived);
    expect(runQuote(['--catalog', TESTED_CATALOG_FILE, '--config', named])).toEqual({ ok: false, error: `${named}: configuration was made on catalog 2026-10, not on catalog 2026-11` });
  });

  it('reads a catalog and a configuration saved with a byte order mark as the same files without it', () => {
    const withMark = (content: unknown) => `\uFEFF${JSON.stringify(content, null, 2).replace(/\n/g, '\r\n')}`;
    const catalog = aCatalogInput([aModule('m1', { pricing: { model: 'perUnit', unitPrice: 250 } })]);
    const config = { items: [{ module: 'm1', quantity: 4 }], termMonths: 12 };
    const marked = quoteOf(['--catalog', write('bom-catalog.json', withMark(catalog)), '--config', write('bom-config.json', withMark(config))]);
    expect(marked).toEqual(quoteOf(['--catalog', write('plain-catalog.json', catalog), '--config', write('plain-config.json', config)]));
  });
});

describe('quote as a whole process', () => {
  const run = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/quote.ts', ...args], { encoding: 'utf8' });

  it('prints exactly one JSON object on stdout and exits 0, even for an invalid configuration', () => {
    const { status, stdout, stderr } = run(['--config', invalid]);
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
    expect(JSON.parse(stdout)).toEqual(quoteOf(['--config', invalid]));
  });

  it.each([
    [['--config', `${dir}/missing.json`], `cannot read ${dir}/missing.json: no such file`],
    [[], 'missing --config — usage: npm run --silent quote -- [--catalog FILE] --config CONFIG'],
  ])('bad input %j: exit 2, one line on stderr, nothing on stdout', (args, line) => {
    const { status, stdout, stderr } = run(args);
    expect({ status, stdout, stderr }).toEqual({ status: 2, stdout: '', stderr: `${line}\n` });
  });
});
