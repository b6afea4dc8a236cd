import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * How we know no floating-point money happens: (1) `money()` is the only way to make a
 * Money and it refuses non-integers (money.test.ts); (2) the property tests feed random
 * catalogs and check every amount is a safe integer (quote-properties.test.ts); (3) this
 * scan finds no float operation on amounts in the money, rounding, pricing and quote code.
 */
const domain = new URL('../../src/domain/', import.meta.url);
const moneyFiles = readdirSync(domain).filter((f) => /^(money|rounding|pricing|quote)[\w-]*\.ts$/.test(f));
const source = (file: string) =>
  readFileSync(new URL(file, domain), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '');

const FLOAT_MONEY = [
  /Math\.(round|floor|ceil|trunc)/, // rounding is roundHalfUp on BigInt, in rounding.ts only
  /toFixed|toPrecision|parseFloat/,
  /\/\s*(100|10000|10_000)\b/, // euros from cents, or a rate applied by float division
  /\*\s*0\.\d/, // a rate as a float factor
  /\d\.\d/, // any float literal
];

describe('no floating-point money', () => {
  it('scans the money, rounding, pricing and quote files', () => {
    expect(moneyFiles).toEqual(expect.arrayContaining(['money.ts', 'rounding.ts', 'pricing.ts', 'pricing-tiers.ts', 'quote.ts', 'quote-totals.ts', 'quote-discounts.ts']));
  });

  it.each(moneyFiles)('%s does no float arithmetic on amounts', (file) => {
    const code = source(file);
    for (const pattern of FLOAT_MONEY) expect(code, `${file} matches ${pattern}`).not.toMatch(pattern);
  });

  it('only money.ts brands a number as Money', () => {
    const branding = moneyFiles.filter((f) => f !== 'money.ts' && /as Money\b/.test(source(f)));
    expect(branding).toEqual([]);
  });
});
