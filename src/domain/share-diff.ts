import type { Catalog, CatalogModule } from './catalog-schema';
import { indexCatalog } from './catalog-index';
import { LANGUAGES } from './language';
import type { Configuration } from './configuration';
import { priceLine } from './pricing';
import { bundleTierFor } from './quote-discounts';
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
  /** The bundle discount this configuration gets, when it changed: new tiers, or fewer drawers (basis points, 0 for none). */
  bundleRate: { beforeBp: number; afterBp: number } | null;
  /** The VAT rate, when it changed (basis points): the net is the same, the amounts with VAT are not. */
  vatRate: { beforeBp: number; afterBp: number } | null;
  /** Whether the sales discount needs approval, when that changed (the catalog moved its threshold). */
  approval: { before: boolean; after: boolean } | null;
  /** Lines kept whose module has another name on today's catalog, in French or English. */
  renamed: { module: string; before: CatalogModule['name']; after: CatalogModule['name'] }[];
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

/** The bundle rate of §4 for a configuration's distinct drawers (modules the catalog does not hold count for none). */
function bundleRateOf(catalog: Catalog, configuration: Configuration): number {
  const { moduleById } = indexCatalog(catalog);
  const drawers = new Set(configuration.items.flatMap((i) => moduleById.get(i.module)?.drawer ?? []));
  return bundleTierFor(catalog, drawers.size)?.rateBp ?? 0;
}

const needsApproval = (catalog: Catalog, configuration: Configuration) => configuration.salesDiscountBp > catalog.discounts.salesApprovalThresholdBp;
/** Names compared in the languages the app speaks: another language a catalog holds is never shown. */
const sameName = (a: CatalogModule['name'], b: CatalogModule['name']) => LANGUAGES.every((language) => a[language] === b[language]);
const rateChange = (beforeBp: number, afterBp: number) => (beforeBp === afterBp ? null : { beforeBp, afterBp });

/** True when re-pricing changes nothing: no line, rate, name or module differs, so every figure of the quote is the same. */
export const revisionChangesNothing = (diff: RevisionDiff): boolean =>
  diff.changes.length === 0 && diff.prices.length === 0 && diff.renamed.length === 0
  && diff.termRate === null && diff.bundleRate === null && diff.vatRate === null && diff.approval === null;

/** Compares a configuration made on `oldCatalog` with the same configuration carried over onto `newCatalog`. */
export function diffCatalogRevisions(oldCatalog: Catalog, newCatalog: Catalog, configuration: Configuration): RevisionDiff {
  const carried = carryOverConfiguration(newCatalog, configuration);
  const before = indexCatalog(oldCatalog).moduleById;
  const after = indexCatalog(newCatalog).moduleById;
  const prices: LinePriceChange[] = [];
  const renamed: RevisionDiff['renamed'] = [];
  for (const item of carried.configuration.items) {
    const oldModule = before.get(item.module);
    const newModule = after.get(item.module);
    const oldQuantity = configuration.items.find((i) => i.module === item.module)?.quantity;
    if (!oldModule || !newModule || oldQuantity === undefined) continue;
    if (!sameName(oldModule.name, newModule.name)) renamed.push({ module: item.module, before: oldModule.name, after: newModule.name });
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
  const wasToApprove = needsApproval(oldCatalog, configuration);
  const toApprove = needsApproval(newCatalog, carried.configuration);
  return {
    from: configuration.catalog, to: newCatalog.version, changes: carried.changes, prices, termRate,
    bundleRate: rateChange(bundleRateOf(oldCatalog, configuration), bundleRateOf(newCatalog, carried.configuration)),
    vatRate: rateChange(oldCatalog.vatRateBp, newCatalog.vatRateBp),
    approval: wasToApprove === toApprove ? null : { before: wasToApprove, after: toApprove },
    renamed, configuration: carried.configuration,
  };
}
