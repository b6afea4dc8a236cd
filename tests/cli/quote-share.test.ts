import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runQuote } from '../../src/cli/quote';
import type { Configuration } from '../../src/domain/configuration';
import { encodeShareCode } from '../../src/domain/share-code';
import { PUBLISHED_REVISIONS, TESTED_CATALOG_FILE } from '../fixtures/catalogs';
import { scratchFolder } from './quote-files';

const { write } = scratchFolder();

const bundle: Configuration = {
  catalog: '2026-11',
  items: [
    { module: 'alinto-mail-business', quantity: 60 },
    { module: 'outscale-vm', quantity: 3 },
    { module: 'wallix-trustelem', quantity: 60 },
  ],
  termMonths: 36,
  requirements: ['iso27001'],
  salesDiscountBp: 1000,
};
const code = encodeShareCode(bundle);
const link = `https://collabnext.example/configurateur/#${code}`;
const onRevision = (catalog: string, items: Configuration['items'], termMonths = 12) =>
  encodeShareCode({ catalog, items, termMonths, requirements: [], salesDiscountBp: 0 });

const quoteOf = (args: string[]) => {
  const result = runQuote(args);
  if (!result.ok) throw new Error(result.error);
  return result.value;
};
const errorOf = (args: string[]) => {
  const result = runQuote(args);
  return result.ok ? 'no error' : result.error;
};

describe('quote --config takes a share code or a whole share URL (spec §5)', () => {
  it('prints the same JSON for a configuration file, its share code and its share link', () => {
    const fromFile = quoteOf(['--catalog', TESTED_CATALOG_FILE, '--config', write('bundle.json', bundle)]);
    expect(quoteOf(['--config', code])).toEqual(fromFile);
    expect(quoteOf(['--config', link])).toEqual(fromFile);
    expect(quoteOf(['--config', `<${link}>`])).toEqual(fromFile);
  });

  it('prices a code on the archived revision it names when --catalog is left out, to the cent', () => {
    const out = quoteOf(['--config', onRevision('2026-10', [{ module: 'alinto-mail-archive', quantity: 40 }, { module: 'outscale-vm', quantity: 2 }], 36)]);
    expect(out.catalog).toBe('2026-10');
    expect(out.lines).toEqual([
      { module: 'alinto-mail-archive', quantity: 40, monthly: 4000, setup: 0 }, // withdrawn since 2026-11
      { module: 'outscale-vm', quantity: 2, monthly: 17000, setup: 0 }, // 85.00 in 2026-10, 89.00 since
    ]);
    expect(out.totals.commitmentDiscount).toBe(3780); // 18 % for 36 months in 2026-10 (20 % since)
  });

  it('prices a code on the catalog given with --catalog when it is the code’s revision', () => {
    const out = quoteOf(['--catalog', 'public/catalogs/2026-10.json', '--config', onRevision('2026-10', [{ module: 'outscale-vm', quantity: 1 }])]);
    expect(out.lines).toEqual([{ module: 'outscale-vm', quantity: 1, monthly: 8500, setup: 0 }]);
  });
});

describe('quote: a share code that cannot be priced is one line that says why (exit 2)', () => {
  const flipped = `${code.slice(0, 6)}${code[6] === 'A' ? 'B' : 'A'}${code.slice(7)}`;
  it.each([
    ['a revision the tool does not have', ['--config', onRevision('2025-01', [])],
      `share code was made on catalog 2025-01, which is not archived (available: ${PUBLISHED_REVISIONS}); give that revision's file with --catalog FILE`],
    ['a code for another revision than --catalog', ['--catalog', 'public/catalogs/2026-11.json', '--config', onRevision('2026-10', [])],
      'share code was made on catalog 2026-10, not on catalog 2026-11'],
    ['an altered character', ['--config', flipped], 'share code: The code was altered or damaged (its checksum does not match). Copy the whole code again from the original message.'],
    ['a cut link', ['--config', link.slice(0, -3)], 'share code: The code is incomplete: characters are missing (or were added) at the end. Copy the whole code again from the original message.'],
    ['a link without a code', ['--config', 'https://collabnext.example/configurateur/'], 'share code: This address carries no share code (nothing after “#”).'],
    ['a module its revision does not offer', ['--config', onRevision('2026-11', [{ module: 'alinto-mail-archive', quantity: 1 }])],
      'share code: The code names a module that catalog does not offer: alinto-mail-archive. No configurator made this code (its checksum is right, its content is not): ask its author for a new one.'],
    ['a term its revision does not offer', ['--config', onRevision('2026-11', [{ module: 'outscale-vm', quantity: 3 }], 24)],
      'share code: The commitment of 24 months is not offered (available: 1, 12, 36 months). No configurator made this code (its checksum is right, its content is not): ask its author for a new one.'],
    ['a quantity off step', ['--config', onRevision('2026-11', [{ module: 'outscale-backup', quantity: 7 }])],
      'share code: The quantity 7 of outscale-backup is not 5 plus a multiple of 5. No configurator made this code (its checksum is right, its content is not): ask its author for a new one.'],
    ['a code made by a newer configurator', ['--config', '2abc'],
      'share code: This code was made by a newer version of the configurator (code format 2): update this copy of the configurator\'s code, then run the command again.'],
    ['a word that is neither a file nor a code', ['--config', 'configuration'], 'cannot read configuration: no such file, nor a share code'],
  ])('%s', (_case, args, message) => {
    expect(errorOf(args)).toBe(message);
  });
});

describe('the quote process', () => {
  const run = (config: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/quote.ts', '--config', config], { encoding: 'utf8' });

  it('exits 0 with the JSON for a share link', () => {
    const { status, stdout, stderr } = run(link);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual(quoteOf(['--config', code]));
  });

  it('exits 2 with one line, no stack trace, for a code on a revision it does not have', () => {
    const { status, stdout, stderr } = run(onRevision('2024-03', []));
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`share code was made on catalog 2024-03, which is not archived (available: ${PUBLISHED_REVISIONS}); give that revision's file with --catalog FILE\n`);
  });
});
