import type { Catalog } from './catalog-schema';
import { readConfigurationShape } from './configuration-shape';
import { checkConfigurationValues, type RefusedValue } from './configuration-values';
import { fail, ok, type Result } from './result';

/** What a buyer builds and shares (../shared/spec/catalog-and-quote.md §3), every default filled in. */
export interface ConfigurationItem {
  module: string;
  quantity: number;
}
export interface Configuration {
  /** The catalog revision (`version`) this configuration was made on. */
  catalog: string;
  items: ConfigurationItem[];
  termMonths: number;
  requirements: string[];
  /** Negotiated discount in basis points. */
  salesDiscountBp: number;
}

/** A refused value in the words of the quote tool's errors. */
function describeRefused(catalog: Catalog, refused: RefusedValue): string {
  switch (refused.kind) {
    case 'unknown-module': return `unknown module \`${refused.module}\``;
    case 'duplicate-module': return `module \`${refused.module}\` is listed twice`;
    case 'quantity-off-step': return `quantity ${refused.quantity} is not on step ${refused.step} (from ${refused.min}) for \`${refused.module}\``;
    case 'quantity-out-of-range': return `quantity ${refused.quantity} is outside ${refused.min}–${refused.max} for \`${refused.module}\``;
    case 'unknown-term': return `unknown term ${refused.months} — available: ${refused.available.join(', ')}`;
    case 'unknown-qualification': return `unknown qualification \`${refused.qualification}\` — available: ${catalog.qualifications.map((q) => q.id).join(', ')}`;
    case 'duplicate-qualification': return 'a qualification is demanded twice';
    default: return refused satisfies never;
  }
}

/**
 * Checks untrusted configuration data against a catalog and fills in the defaults of §3.
 * Bad input (unknown module, term or qualification, quantity out of range or off step,
 * a module listed twice) is an error naming the first thing wrong; rule violations are not.
 */
export function parseConfiguration(catalog: Catalog, raw: unknown): Result<Configuration> {
  const shape = readConfigurationShape(raw);
  if (!shape.ok) return shape;
  const { catalog: revision, items, termMonths, requirements = [], salesDiscountBp = 0 } = shape.value;
  if (revision !== undefined && revision !== catalog.version) {
    // A name that is no revision id is quoted, so that an empty one shows (QA: « made on catalog , not on… »).
    const named = /^[\w.-]+$/.test(revision) ? revision : JSON.stringify(revision);
    return fail(`configuration was made on catalog ${named}, not on catalog ${catalog.version}`);
  }
  const { configuration, refused } = checkConfigurationValues(catalog, { items, termMonths, requirements, salesDiscountBp });
  const [first] = refused;
  return first ? fail(describeRefused(catalog, first)) : ok(configuration);
}
