import { z } from 'zod';
import type { Catalog } from './catalog-schema';
import { indexCatalog } from './catalog-index';
import { formatPath } from './issue-path';
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

const MAX_ITEMS = 10_000;

/** The shape of §3 before it is checked against a catalog; defaults are filled in by `parseConfiguration`. */
export const configurationInputSchema = z.strictObject({
  catalog: z.string().max(64).optional(),
  items: z
    .array(z.strictObject({ module: z.string().max(64), quantity: z.number().int('must be a whole number').optional() }))
    .max(MAX_ITEMS, `must hold at most ${MAX_ITEMS} items`),
  termMonths: z.number().int('must be a whole number of months').optional(),
  requirements: z.array(z.string().max(64)).max(100).optional(),
  salesDiscountBp: z.number().int('must be an integer number of basis points').min(0, 'must not be negative').max(10000, 'must be at most 10000 (100 %)').optional(),
});
export type ConfigurationInput = z.input<typeof configurationInputSchema>;

/** One plain line per shape problem: `configuration items[0].quantity: must be a number`. */
function describeConfigurationIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return `configuration ${formatPath([...issue.path, issue.keys[0] ?? ''])}: is not a field of a configuration (misspelt?)`;
  }
  const where = `configuration ${formatPath(issue.path)}`;
  if (issue.code !== 'invalid_type' || !issue.message.startsWith('Invalid input')) return `${where}: ${issue.message}`;
  const expected = issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'an object' : `a ${issue.expected}`;
  return issue.message.includes('received undefined') ? `${where}: is missing (must be ${expected})` : `${where}: must be ${expected}`;
}

/**
 * Checks untrusted configuration data against a catalog and fills in the defaults of §3.
 * Bad input (unknown module, term or qualification, quantity out of range or off step,
 * a module listed twice) is an error naming what is wrong; rule violations are not.
 */
export function parseConfiguration(catalog: Catalog, raw: unknown): Result<Configuration> {
  const shape = configurationInputSchema.safeParse(raw);
  if (!shape.success) {
    const issue = shape.error.issues[0];
    return fail(issue ? describeConfigurationIssue(issue) : 'configuration is malformed');
  }
  const input = shape.data;
  if (input.catalog !== undefined && input.catalog !== catalog.version) {
    return fail(`configuration was made on catalog ${input.catalog}, not on catalog ${catalog.version}`);
  }
  const { moduleById } = indexCatalog(catalog);
  const items: ConfigurationItem[] = [];
  const seen = new Set<string>();
  for (const item of input.items) {
    const module = moduleById.get(item.module);
    if (!module) return fail(`unknown module \`${item.module}\``);
    if (seen.has(item.module)) return fail(`module \`${item.module}\` is listed twice`);
    seen.add(item.module);
    const { min, max, step } = module.quantity;
    const quantity = item.quantity ?? module.quantity.default;
    if (quantity < min || quantity > max) return fail(`quantity ${quantity} is outside ${min}–${max} for \`${item.module}\``);
    if ((quantity - min) % step !== 0) return fail(`quantity ${quantity} is not on step ${step} (from ${min}) for \`${item.module}\``);
    items.push({ module: item.module, quantity });
  }
  const terms = catalog.discounts.commitment.map((c) => c.months);
  const termMonths = input.termMonths ?? terms[0] ?? 1;
  if (!terms.includes(termMonths)) return fail(`unknown term ${termMonths} — available: ${terms.join(', ')}`);
  const qualifications = new Set(catalog.qualifications.map((q) => q.id));
  const requirements = input.requirements ?? [];
  const unknown = requirements.find((q) => !qualifications.has(q));
  if (unknown !== undefined) return fail(`unknown qualification \`${unknown}\` — available: ${[...qualifications].join(', ')}`);
  if (new Set(requirements).size !== requirements.length) return fail('a qualification is demanded twice');
  return ok({ catalog: catalog.version, items, termMonths, requirements, salesDiscountBp: input.salesDiscountBp ?? 0 });
}
