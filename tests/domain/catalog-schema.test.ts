import { describe, expect, it } from 'vitest';
import { describeProblem, parseCatalog, parseCatalogText } from '../../src/domain/catalog';
import type { CatalogInput } from '../../src/domain/catalog-schema';
import { aCatalogInput, aModule } from '../fixtures/catalogs';

/** Applies a defect to a valid catalog and returns every problem as "path: message". */
function problemsOf(breakIt: (c: CatalogInput & Record<string, unknown>) => void): string[] {
  const catalog = structuredClone(aCatalogInput([aModule('m1'), aModule('m2'), aModule('m3')])) as CatalogInput & Record<string, unknown>;
  breakIt(catalog);
  const parsed = parseCatalog(catalog);
  return parsed.ok ? [] : parsed.error.map(describeProblem);
}

const tiers = (...upTos: (number | null)[]) => upTos.map((upTo, i) => ({ upTo, unitPrice: 500 - i * 100 }));
const modules = (c: CatalogInput) => c.modules as Record<string, unknown>[];

describe('a broken catalog is rejected with the path and message of each problem', () => {
  it.each<[string, (c: CatalogInput & Record<string, unknown>) => void, string]>([
    ['wrong format', (c) => { c.format = 'collabnext-catalog/2' as never; }, 'format: must be "collabnext-catalog/1"'],
    ['non-integer cents', (c) => { c.modules[0]!.pricing = { model: 'perUnit', unitPrice: 4.5 }; }, 'modules[0].pricing.unitPrice: must be an integer number of cents'],
    ['negative price', (c) => { c.modules[1]!.pricing = { model: 'flat', price: -100 }; }, 'modules[1].pricing.price: must not be negative'],
    ['rate above 100 %', (c) => { c.vatRateBp = 12000; }, 'vatRateBp: must be at most 10000 basis points (100 %)'],
    ['fractional basis points', (c) => { c.discounts.commitment[1]!.rateBp = 12.5; }, 'discounts.commitment[1].rateBp: must be an integer number of basis points'],
    ['tiers not increasing', (c) => { c.modules[2]!.pricing = { model: 'graduated', tiers: tiers(50, 50, null) }; }, 'modules[2].pricing.tiers[1].upTo: must be greater than 50'],
    ['last tier bounded', (c) => { c.modules[0]!.pricing = { model: 'volume', tiers: tiers(10, 20) }; }, 'modules[0].pricing.tiers[1].upTo: must be null in the last tier (it holds every unit above)'],
    ['open tier before the last', (c) => { c.modules[0]!.pricing = { model: 'volume', tiers: tiers(null, 20, null) }; }, 'modules[0].pricing.tiers[0].upTo: may be null only in the last tier'],
    ['unknown pricing model', (c) => { modules(c)[0]!.pricing = { model: 'perSeat', unitPrice: 1 }; }, 'modules[0].pricing.model: must have a model among flat, perUnit, graduated, volume'],
    ['duplicate module id', (c) => { c.modules[2]!.id = 'm1'; }, 'modules[2].id: duplicates the id "m1" of modules[0]'],
    ['bad id', (c) => { c.modules[1]!.id = 'Bad_Id'; }, 'modules[1].id: must be an id: 1 to 64 lowercase letters, digits or hyphens, not starting with a hyphen'],
    ['unknown drawer', (c) => { c.modules[1]!.drawer = 'nowhere'; }, 'modules[1].drawer: unknown drawer "nowhere"'],
    ['unknown vendor', (c) => { c.modules[0]!.vendor = 'acme'; }, 'modules[0].vendor: unknown vendor "acme"'],
    ['unknown unit', (c) => { c.modules[0]!.unit = 'seat'; }, 'modules[0].unit: unknown unit "seat"'],
    ['unknown qualification', (c) => { c.modules[0]!.qualifications = ['q1', 'hds']; }, 'modules[0].qualifications[1]: unknown qualification "hds"'],
    ['qualification for an unknown drawer', (c) => { c.qualifications[0]!.appliesTo = ['a', 'z']; }, 'qualifications[0].appliesTo[1]: unknown drawer "z"'],
    ['rule naming an unknown module', (c) => { c.rules = [{ id: 'r', type: 'requires', module: 'm1', anyOf: ['m9'] }]; }, 'rules[0].anyOf[0]: unknown module "m9"'],
    ['rule requiring itself', (c) => { c.rules = [{ id: 'r', type: 'requires', module: 'm1', anyOf: ['m1'] }]; }, 'rules[0].anyOf: must not name the rule\'s own module "m1"'],
    ['excludes with one module', (c) => { c.rules = [{ id: 'r', type: 'excludes', modules: ['m1'] }]; }, 'rules[0].modules: must name at least 2 modules'],
    ['quantity rule with no bound', (c) => { c.rules = [{ id: 'r', type: 'quantity', module: 'm1', of: ['m2'] }]; }, 'rules[0].min: must set min, max or both'],
    ['factor with 5 decimals', (c) => { c.rules = [{ id: 'r', type: 'quantity', module: 'm1', of: ['m2'], min: { factor: 1.23456 } }]; }, 'rules[0].min.factor: must have at most 4 decimals'],
    ['unknown rule type', (c) => { (c as Record<string, unknown>).rules = [{ id: 'r', type: 'forbids', modules: ['m1', 'm2'] }]; }, 'rules[0].type: must have a type among requires, excludes, quantity, recommends'],
    ['default below min', (c) => { c.modules[0]!.quantity = { min: 5, max: 100, step: 5, default: 1 }; }, 'modules[0].quantity.default: must lie between min (5) and max (100)'],
    ['default off step', (c) => { c.modules[0]!.quantity = { min: 5, max: 100, step: 5, default: 12 }; }, 'modules[0].quantity.default: must be min (5) plus a multiple of step (5)'],
    ['max below min', (c) => { c.modules[0]!.quantity = { min: 10, max: 5, step: 1, default: 10 }; }, 'modules[0].quantity.max: must be at least min (10)'],
    ['flat not fixed at 1', (c) => { c.modules[0]!.pricing = { model: 'flat', price: 100 }; }, 'modules[0].quantity: must be fixed at 1 (min, max and default 1) for a flat-priced module'],
    ['text missing English', (c) => { modules(c)[0]!.name = { fr: 'Nom' }; }, 'modules[0].name.en: is missing (must be a text)'],
    ['empty French text', (c) => { c.drawers[0]!.name = { fr: '  ', en: 'A' }; }, 'drawers[0].name.fr: must not be empty'],
    ['misspelt field', (c) => { modules(c)[0]!.unitprice = 100; }, 'modules[0].unitprice: is not a field of format 1 (misspelt?)'],
    ['missing field', (c) => { delete (c as Record<string, unknown>).quoteValidityDays; }, 'quoteValidityDays: is missing (must be a number of days (a number))'],
    ['commitment terms out of order', (c) => { c.discounts.commitment = [{ months: 12, rateBp: 0 }, { months: 1, rateBp: 0 }]; }, 'discounts.commitment[1].months: must be greater than 12'],
    ['unsupported currency', (c) => { c.currency = 'USD' as never; }, 'currency: must be "EUR" (the only currency of format 1)'],
  ])('%s', (_kind, breakIt, expected) => {
    expect(problemsOf(breakIt)).toContain(expected);
  });
});

describe('every problem is reported at once', () => {
  it('says « an object » and « an array » in English: a list given for the whole catalog, a text for its modules', () => {
    const problems = (raw: unknown) => { const parsed = parseCatalog(raw); return parsed.ok ? [] : parsed.error.map(describeProblem); };
    expect(problems([])).toEqual(['(root): must be an object']);
    expect(problems({ ...aCatalogInput([aModule('m1')]), modules: 'm1' })).toContain('modules: must be an array');
  });

  it('reports structural and reference problems of one catalog together', () => {
    const problems = problemsOf((c) => {
      c.modules[0]!.pricing = { model: 'perUnit', unitPrice: -1 };
      c.modules[1]!.vendor = 'acme';
      c.modules[2]!.pricing = { model: 'graduated', tiers: [{ upTo: 50, unitPrice: 1.5 }, { upTo: 40, unitPrice: 1 }, { upTo: null, unitPrice: 1 }] };
    });
    expect(problems).toEqual([
      'modules[0].pricing.unitPrice: must not be negative',
      'modules[2].pricing.tiers[0].unitPrice: must be an integer number of cents',
      'modules[2].pricing.tiers[1].upTo: must be greater than 50',
      'modules[1].vendor: unknown vendor "acme"',
    ]);
  });

  it('names a JSON syntax error at the root', () => {
    const parsed = parseCatalogText('{"format": ');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error[0]?.path).toBe('(root)');
    if (!parsed.ok) expect(parsed.error[0]?.message).toMatch(/^is not valid JSON/);
  });

  it.each([null, 42, 'catalog', []])('rejects %j as a whole without throwing', (raw) => {
    const parsed = parseCatalog(raw);
    expect(parsed.ok).toBe(false);
  });

  it('accepts the valid base catalog the defects are applied to', () => {
    expect(problemsOf(() => {})).toEqual([]);
  });

  it('accepts a language beyond fr and en in every localised text, a unit\'s name included (spec §1: « at least fr and en »)', () => {
    expect(problemsOf((c) => {
      const unit = (c.units as { name: Record<string, unknown> }[])[0]!;
      unit.name.de = { one: 'Benutzer', other: 'Benutzer' };
      (modules(c)[0]!.name as Record<string, string>).de = 'Modul';
    })).toEqual([]);
  });

  it('still wants fr and en in a unit\'s name, each with its two plural forms', () => {
    expect(problemsOf((c) => {
      const unit = (c.units as { name: Record<string, unknown> }[])[0]!;
      unit.name = { fr: { one: 'utilisateur', other: 'utilisateurs' }, de: { one: 'Benutzer' } };
    })).toEqual(['units[0].name.en: is missing (expected an object)', 'units[0].name.de.other: is missing (must be a text)']);
  });
});

describe('a quantity factor has at most 4 decimals, checked exactly (spec §2)', () => {
  const problemsWithFactor = (factor: number) =>
    problemsOf((c) => { c.rules = [{ id: 'r', type: 'quantity', module: 'm1', of: ['m2'], min: { factor } }]; });

  it.each([1.0001, 1.25, 2, 0, 0.0001, 999999.9999])('factor %s is accepted', (factor) => {
    expect(problemsWithFactor(factor)).toEqual([]);
  });

  it.each([1.00001, 1.00000000001, 0.00001, 1e-7])('factor %s is refused, however close to 4 decimals', (factor) => {
    expect(problemsWithFactor(factor)).toEqual(['rules[0].min.factor: must have at most 4 decimals']);
  });
});

describe('ids are unique within every list of ids (spec §1)', () => {
  it.each<[string, (c: CatalogInput & Record<string, unknown>) => void, string]>([
    ['a module holding a qualification twice', (c) => { c.modules[0]!.qualifications = ['q1', 'q1']; }, 'modules[0].qualifications[1]: names qualification "q1" twice'],
    ['a qualification applying to a drawer twice', (c) => { c.qualifications[0]!.appliesTo = ['a', 'b', 'a']; }, 'qualifications[0].appliesTo[2]: names drawer "a" twice'],
    ['a requires naming an option twice', (c) => { c.rules = [{ id: 'r', type: 'requires', module: 'm1', anyOf: ['m2', 'm2'] }]; }, 'rules[0].anyOf[1]: names module "m2" twice'],
    ['an excludes naming a module twice', (c) => { c.rules = [{ id: 'r', type: 'excludes', modules: ['m1', 'm2', 'm1'] }]; }, 'rules[0].modules[2]: names module "m1" twice'],
    ['a quantity rule counting a module twice', (c) => { c.rules = [{ id: 'r', type: 'quantity', module: 'm1', of: ['m2', 'm2'], min: { factor: 1 } }]; }, 'rules[0].of[1]: names module "m2" twice'],
    ['a recommends naming an option twice', (c) => { c.rules = [{ id: 'r', type: 'recommends', module: 'm1', anyOf: ['m3', 'm3'] }]; }, 'rules[0].anyOf[1]: names module "m3" twice'],
  ])('%s is refused with the path of the repeat', (_kind, breakIt, expected) => {
    expect(problemsOf(breakIt)).toEqual([expected]);
  });

  it('a malformed entry keeps the path of the ones after it', () => {
    expect(problemsOf((c) => { (c.modules[0] as Record<string, unknown>).qualifications = [7, 'q1', 'q9']; })).toEqual([
      'modules[0].qualifications[0]: must be an id (a string)',
      'modules[0].qualifications[2]: unknown qualification "q9"',
    ]);
  });
});

describe('every integer of the catalog is a safe integer (at most 2^53 − 1), refused with its path otherwise', () => {
  const tooLarge = `must be at most ${Number.MAX_SAFE_INTEGER} (beyond, whole numbers are not exact)`;
  const huge = [1e20, 1e308];
  it.each<[string, (c: CatalogInput & Record<string, unknown>, n: number) => void, string]>([
    ['a quantity max', (c, n) => { c.modules[0]!.quantity = { min: 1, max: n, step: 1, default: 1 }; }, `modules[0].quantity.max: ${tooLarge}`],
    ['a quantity min', (c, n) => { c.modules[0]!.quantity = { min: n, max: n, step: 1, default: n }; }, `modules[0].quantity.min: ${tooLarge}`],
    ['a quantity step', (c, n) => { c.modules[0]!.quantity = { min: 1, max: 1, step: n, default: 1 }; }, `modules[0].quantity.step: ${tooLarge}`],
    ['a default quantity', (c, n) => { c.modules[0]!.quantity = { min: 1, max: 5, step: 1, default: n }; }, `modules[0].quantity.default: ${tooLarge}`],
    ['a tier bound', (c, n) => { c.modules[0]!.pricing = { model: 'volume', tiers: tiers(n, null) }; }, `modules[0].pricing.tiers[0].upTo: ${tooLarge}`],
    ['a price in cents', (c, n) => { c.modules[0]!.pricing = { model: 'perUnit', unitPrice: n }; }, 'modules[0].pricing.unitPrice: is too large an amount'],
    ['a setup fee in cents', (c, n) => { c.modules[0]!.pricing = { model: 'perUnit', unitPrice: 1, setupFee: n }; }, 'modules[0].pricing.setupFee: is too large an amount'],
    ['a rate in basis points', (c, n) => { c.vatRateBp = n; }, 'vatRateBp: must be at most 10000 basis points (100 %)'],
    ['a commitment term', (c, n) => { c.discounts.commitment[1]!.months = n; }, `discounts.commitment[1].months: ${tooLarge}`],
    ['a bundle tier’s drawers', (c, n) => { c.discounts.bundle = [{ minDrawers: n, rateBp: 500 }]; }, `discounts.bundle[0].minDrawers: ${tooLarge}`],
    ['the quote’s validity', (c, n) => { c.quoteValidityDays = n; }, `quoteValidityDays: ${tooLarge}`],
  ])('%s', (_field, breakIt, expected) => {
    for (const n of huge) expect(problemsOf((c) => breakIt(c, n))).toContain(expected);
  });

  it('accepts the largest safe integer as a quantity bound', () => {
    const max = Number.MAX_SAFE_INTEGER;
    expect(problemsOf((c) => { c.modules[0]!.quantity = { min: 1, max, step: 1, default: max }; })).toEqual([]);
  });
});
