import type { Configuration } from './configuration';

/**
 * The configuration as canonical JSON: fixed key order, items sorted by module and
 * demanded qualifications sorted, so the same bundle built in any order reads the same.
 */
export function canonicalConfiguration(configuration: Configuration): string {
  const items = [...configuration.items]
    .sort((a, b) => (a.module < b.module ? -1 : a.module > b.module ? 1 : 0))
    .map(({ module, quantity }) => ({ module, quantity }));
  return JSON.stringify({
    catalog: configuration.catalog,
    items,
    termMonths: configuration.termMonths,
    requirements: [...configuration.requirements].sort(),
    salesDiscountBp: configuration.salesDiscountBp,
  });
}

/** FNV-1a over the UTF-16 code units, 32 bits: short, fast, and stable across engines. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/**
 * The devis number: `CN-<issue date YYYYMMDD>-<8 hex digits>`, the hash of the canonical
 * configuration and the catalog revision. The same bundle quoted twice the same day on the
 * same revision gets the same number; a change of quantity, term, discount or day does not.
 */
export function devisNumber(configuration: Configuration, issuedOn: string, catalogRevision: string): string {
  const hash = fnv1a(`${catalogRevision}\n${canonicalConfiguration(configuration)}`);
  return `CN-${issuedOn.replaceAll('-', '')}-${hash.toString(16).toUpperCase().padStart(8, '0')}`;
}
