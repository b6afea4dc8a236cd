import type { Configuration } from '../../src/domain/configuration';
import { decodeShareCode, encodeShareCode } from '../../src/domain/share-code';
import { shareUrl } from '../../src/domain/share-link';
import { defaultCatalog } from '../fixtures/catalogs';
import { A_CUSTOMER, LARGEST_BUNDLE } from '../domain/share-bundles';

/** An address the app could plausibly be served from; the whole link is this plus "#" and the code. */
const BASE_URL = 'https://configurateur.collabnext.fr/';

function everyModuleAtMax(): Configuration {
  const catalog = defaultCatalog();
  return { ...LARGEST_BUNDLE, items: catalog.modules.map((m) => ({ module: m.id, quantity: m.quantity.max })) };
}

/** Microseconds per decode of a code, median of 5 rounds of 2,000. */
function decodeMicros(code: string): number {
  const rounds = Array.from({ length: 5 }, () => {
    const start = performance.now();
    for (let i = 0; i < 2000; i++) decodeShareCode(code);
    return ((performance.now() - start) * 1000) / 2000;
  });
  return rounds.sort((a, b) => a - b)[2] ?? Number.NaN;
}

/** `npm run bench`: the length of share codes and whole links for bundles of the default catalog. */
export function benchShare(): void {
  const sizes: [string, Configuration, boolean][] = [
    ['empty configuration', { ...LARGEST_BUNDLE, items: [], requirements: [], salesDiscountBp: 0 }, false],
    ['1 module', { ...LARGEST_BUNDLE, items: LARGEST_BUNDLE.items.slice(0, 1) }, false],
    ['4 modules', { ...LARGEST_BUNDLE, items: LARGEST_BUNDLE.items.slice(0, 4) }, false],
    ['8 modules', { ...LARGEST_BUNDLE, items: LARGEST_BUNDLE.items.slice(0, 8) }, false],
    ['12 modules, term, 2 qualifications (target ≤ 160)', LARGEST_BUNDLE, false],
    ['the same with customer details', LARGEST_BUNDLE, true],
    ['every module of the catalog at its maximum', everyModuleAtMax(), false],
  ];
  console.log(`share links (base ${BASE_URL}, ${BASE_URL.length} characters):`);
  for (const [name, configuration, withCustomer] of sizes) {
    const code = encodeShareCode(configuration, { customer: withCustomer ? A_CUSTOMER : null });
    const link = shareUrl(BASE_URL, code);
    console.log(`  ${name}: code ${code.length} characters, whole link ${link.length}, decode ${decodeMicros(code).toFixed(1)} µs`);
  }
}
