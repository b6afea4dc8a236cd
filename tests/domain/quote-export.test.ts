import { describe, expect, it } from 'vitest';
import { computeQuote } from '../../src/domain/quote';
import { EXPORT_FORMAT, exportQuote, quoteExportJson } from '../../src/domain/quote-export';
import { importConfiguration } from '../../src/domain/quote-import';
import { defaultCatalog } from '../fixtures/catalogs';
import { quoteOf } from './devis-fixtures';
import { LARGEST_BUNDLE } from './share-bundles';

const catalog = defaultCatalog();
const quote = quoteOf(catalog, LARGEST_BUNDLE);
const at = new Date('2026-11-28T10:15:00Z');

describe('the JSON export', () => {
  it('holds the format, the time, the configuration and its quote', () => {
    const exported = exportQuote(LARGEST_BUNDLE, quote, at, true);
    expect(exported.format).toBe('collabnext-export/1');
    expect(EXPORT_FORMAT).toBe('collabnext-export/1');
    expect(exported.exportedAt).toBe('2026-11-28T10:15:00.000Z');
    expect(exported.configuration).toEqual(LARGEST_BUNDLE);
    expect(exported.quote.totals).toEqual({
      recurring: 718100, commitmentDiscount: 143620, bundleDiscount: 57448, salesDiscount: 38777,
      monthlyNet: 478255, monthlyVat: 95651, monthlyGross: 573906, setupNet: 580000, setupVat: 116000, setupGross: 696000,
      firstYearNet: 6319060, contractNet: 17797180,
    });
    expect(exported.quote.lines[0]).toEqual({ module: 'alinto-mail-essential', quantity: 250, monthly: 75000, setup: 0 });
    expect(exported.quote).toMatchObject({ catalog: '2026-11', currency: 'EUR', vatRateBp: 2000, termMonths: 36, needsApproval: false, valid: true });
  });

  it('says whether the configuration breaks catalog rules (valid), beside needsApproval', () => {
    const over = { ...LARGEST_BUNDLE, salesDiscountBp: 2000 };
    const exported = JSON.parse(quoteExportJson(over, quoteOf(catalog, over), at, false)) as { quote: Record<string, unknown> };
    expect(exported.quote).toMatchObject({ needsApproval: true, valid: false });
    expect(exportQuote(LARGEST_BUNDLE, quote, at, true).quote.valid).toBe(true);
  });

  it('an export with the validity field still imports, and so does one written before it existed', () => {
    const text = quoteExportJson(LARGEST_BUNDLE, quote, at, false);
    const older = JSON.parse(text) as { quote: Record<string, unknown> };
    delete older.quote.valid;
    for (const file of [text, JSON.stringify(older)]) {
      const imported = importConfiguration(catalog, file);
      expect(imported.ok && imported.value.configuration).toEqual(LARGEST_BUNDLE);
    }
  });

  it('is indented JSON ending with a line break, with no customer details', () => {
    const text = quoteExportJson(LARGEST_BUNDLE, quote, at, true);
    expect(text.startsWith('{\n  "format": "collabnext-export/1",\n')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).not.toContain('customer');
  });

  it('round-trips: importing the export gives the same configuration, and the same quote to the cent', () => {
    const imported = importConfiguration(catalog, quoteExportJson(LARGEST_BUNDLE, quote, at, true));
    expect(imported).toEqual({ ok: true, value: { configuration: LARGEST_BUNDLE, carriedOver: null } });
    const again = imported.ok ? computeQuote(catalog, imported.value.configuration) : imported;
    expect(again.ok && again.value.totals).toEqual(quote.totals);
  });

  it('round-trips an empty configuration too', () => {
    const empty = { ...LARGEST_BUNDLE, items: [], requirements: [], salesDiscountBp: 0 };
    const text = quoteExportJson(empty, quoteOf(catalog, empty), at, true);
    expect(importConfiguration(catalog, text)).toEqual({ ok: true, value: { configuration: empty, carriedOver: null } });
  });
});
