import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOG_FILE, loadCatalog } from '../../src/cli/catalog-file';
import { runQuote } from '../../src/cli/quote';
import { parseConfiguration, type Configuration } from '../../src/domain/configuration';
import { evaluateConfiguration } from '../../src/domain/engine/evaluate';
import { computeQuote } from '../../src/domain/quote';
import { quoteExportJson } from '../../src/domain/quote-export';
import { importConfiguration } from '../../src/domain/quote-import';
import { PUBLISHED_REVISIONS } from '../fixtures/catalogs';
import { scratchFolder } from './quote-files';

const { write } = scratchFolder();
const catalogResult = loadCatalog();
if (!catalogResult.ok) throw new Error(catalogResult.error);
const catalog = catalogResult.value;
const neither = '--config FILE takes a configuration (spec §3) or the configurator\'s « Exporter en JSON » file ("format": "collabnext-export/1")';

/** The configuration as the app holds it, every default filled in. */
function configurationOf(raw: unknown): Configuration {
  const parsed = parseConfiguration(catalog, raw);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

/** The text « Exporter en JSON » writes for a configuration (src/ui/export-documents.ts), from the app's own function. */
function exportText(configuration: Configuration): string {
  const quote = computeQuote(catalog, configuration);
  if (!quote.ok) throw new Error(quote.error);
  return quoteExportJson(configuration, quote.value, new Date('2026-11-05T09:30:00Z'), evaluateConfiguration(catalog, configuration).valid);
}

const valid = configurationOf({
  items: [{ module: 'alinto-mail-business', quantity: 60 }, { module: 'outscale-vm', quantity: 3 }, { module: 'wallix-trustelem', quantity: 60 }],
  termMonths: 36, salesDiscountBp: 1000,
});
/** Broken `requires`, a sales discount above the approval threshold: priced all the same. */
const invalid = configurationOf({ items: [{ module: 'wallix-bastion' }, { module: 'alinto-protect' }], salesDiscountBp: 1600 });

const exported = JSON.parse(exportText(valid)) as Record<string, unknown>;
const damaged = (name: string, changes: Record<string, unknown>) => write(name, { ...exported, ...changes });

describe('quote reads the file « Exporter en JSON » writes as it reads the bare configuration', () => {
  it.each([
    ['a valid configuration', valid, []],
    ['an invalid one, needing approval', invalid, []],
    ['a valid configuration, with --catalog', valid, ['--catalog', DEFAULT_CATALOG_FILE]],
  ])('%s: the export gives the same quote as the configuration it holds', (name, configuration, catalogArgs) => {
    const bare = write(`bare-${name}.json`, configuration);
    const file = write(`configuration-CN-${name}.json`, exportText(configuration));
    const fromExport = runQuote([...catalogArgs, '--config', file]);
    expect(fromExport.ok && fromExport.value.valid).toBe(configuration === valid);
    expect(fromExport).toEqual(runQuote([...catalogArgs, '--config', bare]));
  });

  it('through the process, stdout is byte for byte that of the bare configuration (exit 0)', () => {
    const run = (file: string) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/quote.ts', '--config', file], { encoding: 'utf8' });
    const fromExport = run(write('configuration-CN-2611-ABCD.json', exportText(invalid)));
    const fromBare = run(write('bare-invalid.json', invalid));
    expect({ status: fromExport.status, stderr: fromExport.stderr }).toEqual({ status: 0, stderr: '' });
    expect(fromExport.stdout).toBe(fromBare.stdout);
    expect(fromExport.stdout.length).toBeGreaterThan(0);
  });

  it('an export made on an archived older revision is priced on that revision, as the same configuration given with its file', () => {
    const older = { items: [{ module: 'outscale-vm', quantity: 2 }], catalog: '2026-10' };
    const file = damaged('older.json', { configuration: older });
    const fromExport = runQuote(['--config', file]);
    expect(fromExport.ok && [fromExport.value.catalog, fromExport.value.totals.recurring]).toEqual(['2026-10', 2 * 8500]);
    expect(fromExport).toEqual(runQuote(['--catalog', 'public/catalogs/2026-10.json', '--config', write('older-bare.json', older)]));
  });

  it('the export\'s stored quote is never trusted: a doctored one changes nothing', () => {
    const doctored = damaged('doctored.json', { quote: { totals: { totalDueNow: 1 } }, valid: 'yes' });
    expect(runQuote(['--config', doctored])).toEqual(runQuote(['--config', write('bare-valid.json', valid)]));
  });
});

describe('a damaged export, or a file that is neither: one line that says what is wrong (exit 2)', () => {
  it.each([
    ['another export format version', () => damaged('v2.json', { format: 'collabnext-export/2' }),
      `"format": "collabnext-export/2" is not a format quote reads; ${neither}`],
    ['a format that is not a text', () => damaged('v-number.json', { format: 1 }), `"format": 1 is not a format quote reads; ${neither}`],
    ['an export without its configuration', () => damaged('none.json', { configuration: undefined }),
      'an export ("format": "collabnext-export/1") must hold its configuration, an object, in "configuration"'],
    ['an export whose configuration is not an object', () => damaged('text.json', { configuration: 'outscale-vm' }),
      'an export ("format": "collabnext-export/1") must hold its configuration, an object, in "configuration"'],
    ['an export whose configuration has a fractional quantity', () => damaged('half.json', { configuration: { ...valid, items: [{ module: 'outscale-vm', quantity: 1.5 }] } }),
      'configuration items[0].quantity: must be a whole number'],
    ['an export whose configuration names an unknown module', () => damaged('unknown.json', { configuration: { ...valid, items: [{ module: 'x' }] } }),
      'unknown module `x`'],
    ['an export made on a catalog revision that is not archived', () => damaged('rev.json', { configuration: { ...valid, catalog: '2025-01' } }),
      `configuration was made on catalog 2025-01, which is not archived (available: ${PUBLISHED_REVISIONS}); give that revision's file with --catalog FILE`],
    ['a catalog given as --config', () => DEFAULT_CATALOG_FILE,
      `is a catalog ("format": "collabnext-catalog/1"), not a configuration: give it with --catalog FILE; ${neither}`],
  ])('%s', (_case, file, message) => {
    const path = file();
    expect(runQuote(['--config', path])).toEqual({ ok: false, error: `${path}: ${message}` });
  });

  it('through the process: exit 2, one line on stderr, nothing on stdout', () => {
    const file = damaged('v2-process.json', { format: 'collabnext-export/2' });
    const { status, stdout, stderr } = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/quote.ts', '--config', file], { encoding: 'utf8' });
    expect({ status, stdout, stderr }).toEqual({ status: 2, stdout: '', stderr: `${file}: "format": "collabnext-export/2" is not a format quote reads; ${neither}\n` });
  });

  it('accepts and refuses the same files as the in-app import', () => {
    const texts = {
      'the export': exportText(valid),
      'the bare configuration': JSON.stringify(valid),
      'another export format version': JSON.stringify({ ...exported, format: 'collabnext-export/2' }),
      'an export without its configuration': JSON.stringify({ ...exported, configuration: undefined }),
      'a catalog': readFileSync(DEFAULT_CATALOG_FILE, 'utf8'),
      'a fractional quantity in an export': JSON.stringify({ ...exported, configuration: { ...valid, items: [{ module: 'outscale-vm', quantity: 1.5 }] } }),
    };
    const verdicts = (read: (name: string, text: string) => boolean) => Object.entries(texts).map(([name, text]) => [name, read(name, text)]);
    expect(verdicts((name, text) => runQuote(['--config', write(`agree-${name}.json`, text)]).ok))
      .toEqual(verdicts((_name, text) => importConfiguration(catalog, text).ok));
  });
});
