import type { Catalog, CatalogModule } from './catalog-schema';
import { indexCatalog } from './catalog-index';
import type { Configuration } from './configuration';
import { MoneyRangeError, sumMoney } from './money';
import { priceLine } from './pricing';
import { computeDiscounts } from './quote-discounts';
import { computeTotals } from './quote-totals';
import type { Quote } from './quote-types';
import { fail, ok, type Result } from './result';

/**
 * The one-stop quote of §4: lines in configuration order, discounts, VAT and every total.
 * An invalid configuration (rule violations) is priced all the same. It fails only when the
 * configuration does not fit the catalog, or an amount would exceed 2^53 − 1 cents.
 */
export function computeQuote(catalog: Catalog, configuration: Configuration): Result<Quote> {
  const { moduleById } = indexCatalog(catalog);
  const term = catalog.discounts.commitment.find((c) => c.months === configuration.termMonths);
  if (term === undefined) return fail(`unknown term ${configuration.termMonths}`);
  const { salesDiscountBp } = configuration;
  if (!Number.isInteger(salesDiscountBp) || salesDiscountBp < 0 || salesDiscountBp > 10000) return fail(`sales discount ${salesDiscountBp} bp is not between 0 and 10000`);
  const selected: { module: CatalogModule; quantity: number }[] = [];
  for (const item of configuration.items) {
    const module = moduleById.get(item.module);
    if (module === undefined) return fail(`unknown module \`${item.module}\``);
    if (!Number.isSafeInteger(item.quantity) || item.quantity < 1) return fail(`quantity ${item.quantity} is not a whole number ≥ 1 for \`${item.module}\``);
    selected.push({ module, quantity: item.quantity });
  }
  try {
    const lines = selected.map(({ module, quantity }) => priceLine(module, quantity));
    const used = new Set(selected.map(({ module }) => module.drawer));
    const drawers = catalog.drawers.map((d) => d.id).filter((id) => used.has(id));
    const recurring = sumMoney(lines.map((l) => l.monthly));
    const setup = sumMoney(lines.map((l) => l.setup));
    const discounts = computeDiscounts(catalog, { recurring, commitmentRateBp: term.rateBp, termMonths: term.months, drawers, salesDiscountBp });
    const totals = computeTotals({ recurring, setup, discounts, vatRateBp: catalog.vatRateBp, termMonths: term.months });
    return ok({
      catalog: catalog.version, currency: catalog.currency, vatRateBp: catalog.vatRateBp, termMonths: term.months,
      lines, discounts, totals, needsApproval: discounts.sales.needsApproval,
    });
  } catch (error) {
    if (error instanceof MoneyRangeError) return fail(`the quote cannot be computed exactly: ${error.message}`);
    throw error;
  }
}
