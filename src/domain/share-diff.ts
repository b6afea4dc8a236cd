import type { Catalog, CatalogModule } from './catalog-schema';
import { indexCatalog } from './catalog-index';
import type { Configuration } from './configuration';
import { priceLine } from './pricing';
import { carryOverConfiguration, type CarryOverChange } from './share-carry-over';

/** A line's prices in cents; null when the amount cannot be computed exactly (beyond 2^53 cents). */
export interface LineAmounts {
  quantity: number;
  monthly: number | null;
  setup: number | null;
}

export interface LinePriceChange {
  module: string;
  before: LineAmounts;
  after: LineAmounts;
}

/** What re-pricing a configuration on today's catalog changes; the UI shows it beside both quotes. */
export interface RevisionDiff {
  from: string;
  to: string;
  /** Withdrawn modules, terms and qualifications, adjusted quantities. */
  changes: CarryOverChange[];
  /** Lines kept whose monthly or setup price differs. */
  prices: LinePriceChange[];
  /** The commitment discount of the kept term, when it changed (basis points). */
  termRate: { months: number; beforeBp: number; afterBp: number } | null;
  /** The configuration carried over onto the new catalog. */
  configuration: Configuration;
}

function amounts(module: CatalogModule, quantity: number): LineAmounts {
  try {
    const line = priceLine(module, quantity);
    return { quantity, monthly: line.monthly, setup: line.setup };
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return { quantity, monthly: null, setup: module.pricing.setupFee ?? 0 };
  }
}

const rate = (catalog: Catalog, months: number) => catalog.discounts.commitment.find((c) => c.months === months)?.rateBp;

/** Compares a configuration made on `oldCatalog` with the same configuration carried over onto `newCatalog`. */
export function diffCatalogRevisions(oldCatalog: Catalog, newCatalog: Catalog, configuration: Configuration): RevisionDiff {
  const carried = carryOverConfiguration(newCatalog, configuration);
  const before = indexCatalog(oldCatalog).moduleById;
  const after = indexCatalog(newCatalog).moduleById;
  const prices: LinePriceChange[] = [];
  for (const item of carried.configuration.items) {
    const oldModule = before.get(item.module);
    const newModule = after.get(item.module);
    const oldQuantity = configuration.items.find((i) => i.module === item.module)?.quantity;
    if (!oldModule || !newModule || oldQuantity === undefined) continue;
    const was = amounts(oldModule, oldQuantity);
    const now = amounts(newModule, item.quantity);
    if (was.monthly !== now.monthly || was.setup !== now.setup) prices.push({ module: item.module, before: was, after: now });
  }
  const beforeBp = rate(oldCatalog, configuration.termMonths);
  const afterBp = rate(newCatalog, carried.configuration.termMonths);
  const termRate =
    beforeBp !== undefined && afterBp !== undefined && beforeBp !== afterBp && configuration.termMonths === carried.configuration.termMonths
      ? { months: configuration.termMonths, beforeBp, afterBp }
      : null;
  return { from: configuration.catalog, to: newCatalog.version, changes: carried.changes, prices, termRate, configuration: carried.configuration };
}
