import type { Catalog } from './catalog-schema';
import { indexCatalog } from './catalog-index';
import type { DevisLine, DevisTier } from './devis-types';
import type { DevisWording } from './devis-wording';
import { localise, type Language } from './language';
import type { LinePrice } from './pricing-breakdown';
import { groupLinesByDrawer, singleUnitPrice } from './quote-groups';
import { unitName } from './unit-name';


function tiersOf(line: LinePrice): DevisTier[] {
  if (singleUnitPrice(line) !== null || line.model === 'flat') return [];
  return line.components.flatMap((c): DevisTier[] => {
    switch (c.kind) {
      case 'units': return [{ kind: 'units', firstUnit: c.firstUnit, lastUnit: c.lastUnit, units: c.units, unitPrice: c.unitPrice, amount: c.amount, reached: line.model === 'volume' }];
      case 'tierFlatFee': return [{ kind: 'flatFee', amount: c.amount }];
      case 'flatPrice': return [];
      default: return c satisfies never;
    }
  });
}

/** The recurring and one-time lines of the devis, drawers in catalog order as on the quote panel. */
export function devisLines(catalog: Catalog, lines: readonly LinePrice[], lang: Language, wording: DevisWording): { recurring: DevisLine[]; oneTime: DevisLine[] } {
  const { moduleById } = indexCatalog(catalog);
  const vendorName = new Map(catalog.vendors.map((v) => [v.id, v.name]));
  const ordered = groupLinesByDrawer(catalog, lines).flatMap((group) => group.lines);
  const recurring: DevisLine[] = [];
  const oneTime: DevisLine[] = [];
  for (const line of ordered) {
    const module = moduleById.get(line.module);
    if (!module) continue;
    const description = localise(module.name, lang);
    const common = { module: module.id, vendor: vendorName.get(module.vendor) ?? module.vendor, illustrative: module.priceBasis === 'illustrative' };
    const unitPrice = line.model === 'flat' ? line.monthly : singleUnitPrice(line);
    recurring.push({
      ...common, description, quantity: line.quantity, unit: unitName(catalog, module.unit, line.quantity, lang),
      unitPrice, amount: line.monthly, tiers: tiersOf(line),
    });
    if (line.setup > 0) {
      oneTime.push({ ...common, description: wording.setupOf(description), quantity: 1, unit: wording.setupUnit, unitPrice: line.setup, amount: line.setup, tiers: [] });
    }
  }
  return { recurring, oneTime };
}
