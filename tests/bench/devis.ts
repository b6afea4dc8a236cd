import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Configuration } from '../../src/domain/configuration';
import { buildDevis } from '../../src/domain/devis';
import { computeQuote } from '../../src/domain/quote';
import { renderDevisPdf } from '../../src/ui/devis-pdf';
import { defaultCatalog } from '../fixtures/catalogs';
import { DEVIS_CUSTOMER } from '../domain/devis-fixtures';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** A 20-line quote: the first 20 modules of the default catalog at their default quantities, 36 months. */
function twentyLines(): Configuration {
  const catalog = defaultCatalog();
  const items = catalog.modules.slice(0, 20).map((m) => ({ module: m.id, quantity: m.quantity.default }));
  return { catalog: catalog.version, items, termMonths: 36, requirements: [], salesDiscountBp: 500 };
}

/** The chunks a devis download loads on demand, as built in dist/ (by the ui bench or `npx vite build`). */
function lazyChunks(): string {
  const assets = join('dist', 'assets');
  if (!existsSync(assets)) return 'dist/ not built';
  const chunk = /^(devis-pdf|devis-source|export-documents)-[\w-]+\.js$/;
  const files = readdirSync(assets).filter((f) => chunk.test(f));
  if (!files.some((f) => f.startsWith('devis-pdf-'))) return 'no devis-pdf chunk in dist/ (is DocumentsPanel mounted?)';
  return files.map((f) => {
    const bytes = readFileSync(join(assets, f));
    return `${chunk.exec(f)?.[1]} ${kb(bytes.length)} (${kb(gzipSync(bytes).length)} gzip)`;
  }).join(', ');
}

/** `npm run bench`: time to produce the PDF of a 20-line devis (median of 15, after 2 warm-ups), and the lazy chunks' sizes. */
export async function benchDevis(): Promise<void> {
  const catalog = defaultCatalog();
  const configuration = twentyLines();
  const quote = computeQuote(catalog, configuration);
  if (!quote.ok) throw new Error(quote.error);
  const devis = buildDevis({
    catalog, configuration, quote: quote.value, customer: DEVIS_CUSTOMER, lang: 'fr', issuedOn: '2026-11-28',
    shareLink: 'https://configurateur.collabnext.fr/#1XgFDIwAQoZQo0MpdiukyGQ', valid: true,
  });
  const times: number[] = [];
  let size = 0;
  for (let i = 0; i < 17; i++) {
    const start = performance.now();
    size = (await renderDevisPdf(devis)).length;
    if (i >= 2) times.push(performance.now() - start);
  }
  console.log(`devis: PDF of a ${devis.recurring.lines.length}-line quote (+${devis.oneTime.lines.length} set-up lines): median ${median(times).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms, ${kb(size)} file (Node ${process.version})`);
  console.log(`devis: loaded only when a document is asked for: ${lazyChunks()}`);
}
