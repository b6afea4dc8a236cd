import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../src/domain/catalog';
import { catalogJsonSchema } from '../../src/domain/catalog-json-schema';
import rawCatalog from '../../src/data/catalog.json';

describe('the default catalog', () => {
  it('validates against format 1', () => {
    const parsed = parseCatalog(rawCatalog);
    expect(parsed.ok ? [] : parsed.error).toEqual([]);
  });

  it('needs no default filled in, so the app can use the bundled JSON as it is', () => {
    const parsed = parseCatalog(rawCatalog);
    expect(parsed.ok && parsed.value).toEqual(rawCatalog);
  });

  it('covers the consortium: six drawers, eight members, 16 to 24 modules, every pricing model and rule type', () => {
    expect(rawCatalog.drawers.map((d) => d.id)).toEqual(['mail', 'office', 'collaboration', 'paas', 'iaas', 'security']);
    expect(rawCatalog.vendors.map((v) => v.name)).toEqual(['Jamespot', 'Alinto', 'XWiki SAS', 'Glowbl', 'Clever Cloud', '3DS Outscale', 'WALLIX', 'Datakeen']);
    expect(rawCatalog.modules.length).toBeGreaterThanOrEqual(16);
    expect(rawCatalog.modules.length).toBeLessThanOrEqual(24);
    expect(new Set(rawCatalog.modules.map((m) => m.pricing.model))).toEqual(new Set(['flat', 'perUnit', 'graduated', 'volume']));
    expect(new Set(rawCatalog.rules.map((r) => r.type))).toEqual(new Set(['requires', 'excludes', 'quantity', 'recommends']));
    expect(rawCatalog.rules.length).toBeGreaterThanOrEqual(12);
    expect(rawCatalog.qualifications.map((q) => q.id)).toEqual(expect.arrayContaining(['secnumcloud', 'hds', 'iso27001']));
    expect(rawCatalog.modules.some((m) => (m.pricing.setupFee ?? 0) > 0)).toBe(true);
  });

  it('says its prices are illustrative', () => {
    expect(rawCatalog.notice.fr).toMatch(/Prix indicatifs/);
    expect(rawCatalog.notice.en).toMatch(/Illustrative prices/);
  });
});

describe('the JSON Schema shipped for catalog editors', () => {
  it('is the one generated from the zod schema (run `npm run schema` after changing the schema)', () => {
    const shipped = JSON.parse(readFileSync(new URL('../../public/catalog.schema.json', import.meta.url), 'utf8'));
    expect(shipped).toEqual(catalogJsonSchema());
  });

  it('forbids unknown fields and requires the format, as the zod schema does', () => {
    const schema = catalogJsonSchema() as { additionalProperties?: unknown; required?: string[] };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'version', 'modules', 'discounts']));
  });
});
