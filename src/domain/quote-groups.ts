import type { Catalog } from './catalog-schema';
import { indexCatalog } from './catalog-index';
import type { Money } from './money';
import type { LinePrice } from './pricing-breakdown';

/** The quote's lines of one drawer, for display: drawers in catalog order, lines in configuration order. */
export interface DrawerLines {
  drawer: string;
  lines: LinePrice[];
}

export function groupLinesByDrawer(catalog: Catalog, lines: readonly LinePrice[]): DrawerLines[] {
  const { moduleById } = indexCatalog(catalog);
  const byDrawer = new Map<string, LinePrice[]>();
  for (const line of lines) {
    const drawer = moduleById.get(line.module)?.drawer;
    if (drawer === undefined) continue;
    byDrawer.set(drawer, [...(byDrawer.get(drawer) ?? []), line]);
  }
  return catalog.drawers.flatMap((d) => {
    const found = byDrawer.get(d.id);
    return found ? [{ drawer: d.id, lines: found }] : [];
  });
}

/**
 * The one price per unit of a line, when quantity × that price is the line's amount (perUnit, or
 * volume where every unit costs the same); null for a flat price, a graduated line whose units cost
 * different prices, or a tier with a flat fee (XWiki's first 50 users: 0,00 € each plus 250,00 €):
 * then the tiers say how the amount is made.
 */
export function singleUnitPrice(line: LinePrice): Money | null {
  if (line.components.some((c) => c.kind !== 'units')) return null;
  const prices = new Set(line.components.flatMap((c) => (c.kind === 'units' ? [c.unitPrice] : [])));
  const [only] = prices;
  return prices.size === 1 && only !== undefined ? only : null;
}

/** Whether the line has a breakdown worth showing on demand: priced by tiers. */
export const hasTierBreakdown = (line: LinePrice): boolean => line.model === 'graduated' || line.model === 'volume';
