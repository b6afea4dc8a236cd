import { beforeAll, describe, expect, it } from 'vitest';
import type { Configuration } from '../../src/domain/configuration';
import type { Devis, DevisLine } from '../../src/domain/devis-types';
import { devisTotalSections } from '../../src/domain/devis-rows';
import { money } from '../../src/domain/money';
import { decodeShareCode } from '../../src/domain/share-code';
import { renderDevisPdf } from '../../src/ui/devis-pdf';
import { devisMoney } from '../../src/ui/devis-format';
import { defaultCatalog } from '../fixtures/catalogs';
import { aDevis } from './devis-fixtures';
import { plainSpaces, readPdfPlacedText } from './devis-pdf-text';

const catalog = defaultCatalog();

function shared(code: string): Configuration {
  const decoded = decodeShareCode(code);
  if (!decoded.ok) throw new Error(`share code ${code}: ${decoded.error.kind}`);
  return decoded.value;
}

/** The largest amounts the catalog allows: every module at its largest quantity, the longest term, no sales discount. */
const EVERY_MODULE_AT_MAX: Configuration = {
  catalog: catalog.version, requirements: [], salesDiscountBp: 0,
  termMonths: Math.max(...catalog.discounts.commitment.map((c) => c.months)),
  items: catalog.modules.map((m) => ({ module: m.id, quantity: m.quantity.max })),
};

/** Every amount the PDF prints: totals, lines' unit prices and amounts, tiers' unit prices and amounts. */
function amountsOf(devis: Devis): string[] {
  const money = (cents: number, deduction = false) => plainSpaces(devisMoney(cents, devis.lang, deduction));
  const lines = [...devis.recurring.lines, ...devis.oneTime.lines];
  return [
    ...devisTotalSections(devis).flatMap((s) => s.rows.map((r) => money(r.amount, r.deduction))),
    ...lines.flatMap((l) => [money(l.amount), ...(l.unitPrice === null ? [] : [money(l.unitPrice)])]),
    ...lines.flatMap((l) => l.tiers.flatMap((t) => (t.kind === 'flatFee' ? [money(t.amount)] : [money(t.amount), money(t.unitPrice)]))),
  ];
}

describe.each([
  ['Jamespot SecNumCloud × 100 000 users, 36 months (#1RgFDTIJKNBJgO-2C)', shared('1RgFDTIJKNBJgO-2C')],
  ['every module at its largest quantity', EVERY_MODULE_AT_MAX],
])('the PDF of %s', (_, configuration) => {
  describe.each(['fr', 'en'] as const)('(%s)', (lang) => {
    const devis = aDevis({ configuration, lang });
    let printed: Set<string>;
    beforeAll(async () => {
      printed = new Set((await readPdfPlacedText(await renderDevisPdf(devis))).flat().map((t) => t.str));
    });

    it('prints every amount on one line: no « € » wrapped alone under its figures', () => {
      const amounts = amountsOf(devis);
      expect(amounts.some((a) => a.replace(/\D/g, '').length >= 10)).toBe(true); // ten million or more, in cents
      for (const amount of amounts) expect(printed.has(amount), amount).toBe(true);
    });

    it('keeps each total’s label on one line beside its wider amount', () => {
      for (const row of devisTotalSections(devis).flatMap((s) => s.rows)) expect(printed.has(plainSpaces(row.label)), row.label).toBe(true);
    });
  });
});

describe('a line table whose vendors and units are too long to keep their widths', () => {
  it.each(['fr', 'en'] as const)('still prints every amount on one line (%s)', async (lang) => {
    const devis = aDevis({ configuration: EVERY_MODULE_AT_MAX, lang });
    const long = (text: string) => `${text} — ${'nom très long '.repeat(4).trim()}`;
    const stretched: Devis = {
      ...devis,
      recurring: { ...devis.recurring, lines: devis.recurring.lines.map((l) => ({ ...l, vendor: long(l.vendor), unit: long(l.unit) })) },
    };
    const printed = new Set((await readPdfPlacedText(await renderDevisPdf(stretched))).flat().map((t) => t.str));
    for (const amount of amountsOf(stretched)) expect(printed.has(amount), amount).toBe(true);
  });
});

describe('a tier dearer than its column’s header is wide', () => {
  it.each(['fr', 'en'] as const)('prints its unit price and amount on one line (%s)', async (lang) => {
    const devis = aDevis({ configuration: EVERY_MODULE_AT_MAX, lang });
    const tiered = devis.recurring.lines.findIndex((l) => l.tiers.some((t) => t.kind === 'units'));
    expect(tiered).toBeGreaterThanOrEqual(0);
    // €123,456,789.01 a unit: wider than « Unit price » / « Prix unitaire HT », and than the line's « tiered ».
    const dear = (l: DevisLine): DevisLine => {
      const tiers = l.tiers.map((t) => (t.kind === 'units' ? { ...t, unitPrice: money(12_345_678_901), amount: money(12_345_678_901 * t.units) } : t));
      return { ...l, tiers, amount: money(tiers.reduce((sum, t) => sum + t.amount, 0)) };
    };
    const stretched: Devis = { ...devis, recurring: { ...devis.recurring, lines: devis.recurring.lines.map((l, i) => (i === tiered ? dear(l) : l)) } };
    const printed = new Set((await readPdfPlacedText(await renderDevisPdf(stretched))).flat().map((t) => t.str));
    for (const amount of amountsOf(stretched)) expect(printed.has(amount), amount).toBe(true);
  });
});
