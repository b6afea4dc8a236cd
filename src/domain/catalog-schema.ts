import { z } from './zod-setup';
import { checkCatalogReferences } from './catalog-references';
import { ID_PATTERN } from './catalog-id';

/**
 * The catalog contract of format 1 (../shared/spec/catalog-and-quote.md §1–2).
 * This schema is the single source of truth: the types below come from it, the
 * JSON Schema shipped in public/ is generated from it.
 */

/** A type error says "is missing" when the field is absent, else what the field must be. */
const needs = (what: string) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined ? `is missing (${what})` : what),
});

/**
 * zod's `.int()` aborts the parse, which would hide the cross-reference problems of the same
 * catalog; this check reports and goes on, and still says "integer" in the JSON Schema.
 */
const whole = (schema: z.ZodNumber, message: string) =>
  schema.refine((n) => Number.isInteger(n), { message, abort: false }).meta({ type: 'integer' });


export const idSchema = z
  .string(needs('must be an id (a string)'))
  .regex(ID_PATTERN, 'must be an id: 1 to 64 lowercase letters, digits or hyphens, not starting with a hyphen');

/** An integer number of euro cents, never negative. */
export const centsSchema = whole(
  z.number(needs('must be an amount in cents (a number)')).nonnegative('must not be negative').max(Number.MAX_SAFE_INTEGER / 1e6, 'is too large an amount'),
  'must be an integer number of cents',
);

/** An integer number of basis points between 0 and 10000 (0 % to 100 %). */
export const basisPointsSchema = whole(
  z.number(needs('must be a rate in basis points (a number)')).min(0, 'must be at least 0 basis points').max(10000, 'must be at most 10000 basis points (100 %)'),
  'must be an integer number of basis points',
);

const text = z.string(needs('must be a text')).trim().min(1, 'must not be empty');

export const localisedSchema = z
  .object({ fr: text, en: text }, needs('must be a localised text: { "fr": "…", "en": "…" }'))
  .catchall(text);

const pluralSchema = z.strictObject({ one: text, other: text });

/** Counts (quantities, months, drawers, `upTo`) stay safe integers: beyond 2^53 − 1, 10^20 and 10^20 + 1 are one number. */
const positiveInt = (what: string) =>
  whole(
    z.number(needs(`must be ${what} (a number)`)).positive('must be at least 1')
      .max(Number.MAX_SAFE_INTEGER, `must be at most ${Number.MAX_SAFE_INTEGER} (beyond, whole numbers are not exact)`),
    'must be a whole number',
  );

const setupFee = centsSchema.optional();

export const tierSchema = z.strictObject({
  upTo: positiveInt('the last quantity of this tier').nullable(),
  unitPrice: centsSchema,
  flatPrice: centsSchema.optional(),
});

const tiersSchema = z
  .array(tierSchema, needs('must be a list of tiers'))
  .min(1, 'must hold at least one tier')
  .superRefine(checkTierOrder, { when: () => true });

/** Runs even when a tier is malformed elsewhere, so it reads each `upTo` defensively. */
function checkTierOrder(tiers: unknown, ctx: z.RefinementCtx): void {
  if (!Array.isArray(tiers)) return;
  const upTos: unknown[] = tiers.map((t: unknown) => (t !== null && typeof t === 'object' ? (t as { upTo?: unknown }).upTo : undefined));
  upTos.forEach((upTo, i) => {
    const last = i === upTos.length - 1;
    if (last && typeof upTo === 'number') {
      ctx.addIssue({ code: 'custom', path: [i, 'upTo'], message: 'must be null in the last tier (it holds every unit above)' });
    }
    if (!last && upTo === null) ctx.addIssue({ code: 'custom', path: [i, 'upTo'], message: 'may be null only in the last tier' });
    const previous = upTos[i - 1];
    if (typeof upTo === 'number' && typeof previous === 'number' && upTo <= previous) {
      ctx.addIssue({ code: 'custom', path: [i, 'upTo'], message: `must be greater than ${previous}` });
    }
  });
}

export const pricingSchema = z.discriminatedUnion(
  'model',
  [
    z.strictObject({ model: z.literal('flat'), price: centsSchema, setupFee }),
    z.strictObject({ model: z.literal('perUnit'), unitPrice: centsSchema, setupFee }),
    z.strictObject({ model: z.literal('graduated'), tiers: tiersSchema, setupFee }),
    z.strictObject({ model: z.literal('volume'), tiers: tiersSchema, setupFee }),
  ],
  needs('must have a model among flat, perUnit, graduated, volume'),
);

export const quantitySchema = z
  .strictObject({
    min: positiveInt('the smallest quantity'),
    max: positiveInt('the largest quantity'),
    step: positiveInt('the quantity step'),
    default: positiveInt('the default quantity'),
  })
  .superRefine((q, ctx) => {
    if (q.max < q.min) ctx.addIssue({ code: 'custom', path: ['max'], message: `must be at least min (${q.min})` });
    if (q.default < q.min || q.default > q.max) {
      ctx.addIssue({ code: 'custom', path: ['default'], message: `must lie between min (${q.min}) and max (${q.max})` });
    } else if ((q.default - q.min) % q.step !== 0) {
      ctx.addIssue({ code: 'custom', path: ['default'], message: `must be min (${q.min}) plus a multiple of step (${q.step})` });
    }
    if (q.max >= q.min && (q.max - q.min) % q.step !== 0) {
      ctx.addIssue({ code: 'custom', path: ['max'], message: `must be min (${q.min}) plus a multiple of step (${q.step})` });
    }
  });

export const moduleSchema = z.strictObject({
  id: idSchema,
  drawer: idSchema,
  vendor: idSchema,
  name: localisedSchema,
  description: localisedSchema,
  unit: idSchema,
  quantity: quantitySchema,
  pricing: pricingSchema,
  qualifications: z.array(idSchema).default([]),
  /** Extension: "public" when the price is the vendor's published one; otherwise illustrative. */
  priceBasis: z.enum(['public', 'illustrative']).default('illustrative'),
});

/** A quantity factor: a non-negative number with at most 4 decimals (computed exactly in 1/10000ths). */
export const factorSchema = z.strictObject({
  factor: z
    .number(needs('must be a factor (a number)'))
    .nonnegative('must not be negative')
    .max(1e6, 'must be at most 1000000')
    // Exact: the shortest decimal that reads back as this number (1.00000000001 stays so), no float tolerance.
    .refine((f) => !/\.\d{5}|e-/.test(String(f)), 'must have at most 4 decimals'),
});

const moduleList = (least: number) =>
  z.array(idSchema, needs('must be a list of module ids')).min(least, `must name at least ${least} module${least > 1 ? 's' : ''}`);

const ruleBase = { id: idSchema, message: localisedSchema.optional() };

export const ruleSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({ ...ruleBase, type: z.literal('requires'), module: idSchema, anyOf: moduleList(1) }),
    z.strictObject({ ...ruleBase, type: z.literal('excludes'), modules: moduleList(2) }),
    z
      .strictObject({
        ...ruleBase,
        type: z.literal('quantity'),
        module: idSchema,
        of: moduleList(1),
        min: factorSchema.optional(),
        max: factorSchema.optional(),
      })
      .refine((r) => r.min !== undefined || r.max !== undefined, { message: 'must set min, max or both', path: ['min'] }),
    z.strictObject({ ...ruleBase, type: z.literal('recommends'), module: idSchema, anyOf: moduleList(1) }),
  ],
  needs('must have a type among requires, excludes, quantity, recommends'),
);

export const catalogSchema = z
  .strictObject({
    $schema: z.string().optional(),
    format: z.literal('collabnext-catalog/1', needs('must be "collabnext-catalog/1"')),
    version: z.string().trim().min(1, 'must name the catalog revision').max(64, 'must be at most 64 characters')
      .regex(/^[A-Za-z0-9._-]+$/, 'must use only letters, digits, dot, hyphen or underscore'),
    currency: z.literal('EUR', needs('must be "EUR" (the only currency of format 1)')),
    vatRateBp: basisPointsSchema,
    quoteValidityDays: positiveInt('a number of days'),
    seller: z.strictObject({
      name: text, siren: text, vatNumber: text, address: text, email: z.email('must be an e-mail address'),
      /** Extensions: what French commercial documents print of a company (Code de commerce R123-237): « SAS », its share capital, « RCS Montpellier ». */
      legalForm: text.optional(),
      shareCapital: centsSchema.optional(),
      registry: text.optional(),
    }),
    /** Extension: a notice shown with every price (e.g. that prices are illustrative). */
    notice: localisedSchema.optional(),
    // Like any localised text (spec §1: « at least fr and en »), a unit's name may hold other languages.
    units: z.array(z.strictObject({ id: idSchema, name: z.object({ fr: pluralSchema, en: pluralSchema }).catchall(pluralSchema) })).min(1, 'must hold at least one unit'),
    vendors: z.array(z.strictObject({ id: idSchema, name: text, country: z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter country code'), url: z.url('must be a URL').optional() })),
    qualifications: z.array(z.strictObject({ id: idSchema, name: localisedSchema, description: localisedSchema, appliesTo: z.array(idSchema) })),
    drawers: z.array(z.strictObject({ id: idSchema, name: localisedSchema, description: localisedSchema.optional(), select: z.enum(['one', 'many'], needs('must be "one" or "many"')) })).min(1, 'must hold at least one drawer'),
    modules: z.array(moduleSchema).min(1, 'must hold at least one module'),
    rules: z.array(ruleSchema).default([]),
    discounts: z.strictObject({
      commitment: z.array(z.strictObject({ months: positiveInt('a number of months'), rateBp: basisPointsSchema })).min(1, 'must offer at least one commitment term'),
      bundle: z.array(z.strictObject({ minDrawers: positiveInt('a number of drawers'), rateBp: basisPointsSchema })).default([]),
      salesApprovalThresholdBp: basisPointsSchema,
    }),
  })
  .superRefine(checkCatalogReferences, { when: () => true });

export type Catalog = z.infer<typeof catalogSchema>;
export type CatalogInput = z.input<typeof catalogSchema>;
export type CatalogModule = Catalog['modules'][number];
export type Pricing = CatalogModule['pricing'];
export type Tier = z.infer<typeof tierSchema>;
export type Rule = Catalog['rules'][number];
export type Drawer = Catalog['drawers'][number];
export type Localised = z.infer<typeof localisedSchema>;
