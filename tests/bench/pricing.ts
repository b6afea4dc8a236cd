import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Pricing } from '../../src/domain/catalog-schema';
import type { Configuration } from '../../src/domain/configuration';
import { computeQuote } from '../../src/domain/quote';
import { aCatalogInput, aModule, validCatalog } from '../fixtures/catalogs';

const LINES = 2000;
const root = fileURLToPath(new URL('../../', import.meta.url));

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/** Every pricing model in turn, tiered ones with four tiers and flat fees. */
function pricingFor(i: number): Pricing {
  const tiers = [{ upTo: 10, unitPrice: 900, flatPrice: 500 }, { upTo: 100, unitPrice: 700 }, { upTo: 1000, unitPrice: 500, flatPrice: 100 }, { upTo: null, unitPrice: 300 }];
  const models: Pricing[] = [
    { model: 'perUnit', unitPrice: 100 + i, setupFee: i },
    { model: 'graduated', tiers },
    { model: 'volume', tiers, setupFee: 5000 },
    { model: 'flat', price: 10000 + i },
  ];
  return models[i % models.length]!;
}

function pricingMedianMs(runs: number): number {
  const modules = Array.from({ length: LINES }, (_, i) => {
    const pricing = pricingFor(i);
    const quantity = pricing.model === 'flat' ? { min: 1, max: 1, step: 1, default: 1 } : { min: 1, max: 5000, step: 1, default: 1 };
    return aModule(`m${i}`, { drawer: ['a', 'b', 'c'][i % 3]!, pricing, quantity });
  });
  const catalog = validCatalog(aCatalogInput(modules));
  const configuration: Configuration = {
    catalog: catalog.version, termMonths: 12, requirements: [], salesDiscountBp: 700,
    items: catalog.modules.map((m, i) => ({ module: m.id, quantity: m.pricing.model === 'flat' ? 1 : 1 + ((i * 37) % 5000) })),
  };
  for (let i = 0; i < 5; i++) computeQuote(catalog, configuration);
  const times = Array.from({ length: runs }, () => {
    const start = performance.now();
    const quote = computeQuote(catalog, configuration);
    const ms = performance.now() - start;
    if (!quote.ok) throw new Error(quote.error);
    return ms;
  });
  return median(times);
}

/** Wall time of the whole `quote` process (node + tsx + parsing + engine + pricing) on the default catalog. */
function cliMedianMs(command: string, args: string[], runs: number): number {
  const times = Array.from({ length: runs }, () => {
    const start = performance.now();
    const { status, stderr } = spawnSync(command, args, { cwd: root, encoding: 'utf8' });
    if (status !== 0) throw new Error(`quote exited ${status}: ${stderr}`);
    return performance.now() - start;
  });
  return median(times);
}

export function benchPricing(): void {
  const config = join(mkdtempSync(join(tmpdir(), 'bench-quote-')), 'config.json');
  writeFileSync(config, JSON.stringify({ items: [{ module: 'alinto-mail-essential' }, { module: 'outscale-vm' }, { module: 'wallix-bastion' }], termMonths: 12 }));
  console.log(`pricing: computeQuote on a ${LINES}-line configuration: median ${pricingMedianMs(51).toFixed(2)} ms over 51 runs`);
  const direct = cliMedianMs(process.execPath, ['--import', 'tsx', 'src/cli/quote.ts', '--config', config], 7);
  console.log(`pricing: quote CLI start-up (node --import tsx src/cli/quote.ts, default catalog): median ${direct.toFixed(0)} ms over 7 runs`);
  const viaNpm = cliMedianMs('npm', ['run', '--silent', 'quote', '--', '--config', config], 3);
  console.log(`pricing: quote CLI start-up (npm run --silent quote, default catalog): median ${viaNpm.toFixed(0)} ms over 3 runs`);
}
