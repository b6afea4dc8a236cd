import type { Configuration } from './configuration';
import type { Quote } from './quote-types';

export const EXPORT_FORMAT = 'collabnext-export/1';

/**
 * What "Export as JSON" writes: the configuration of §3 (what an import reads back) and, for
 * the reader's records, its quote as computed then (an import recomputes it, never trusts it).
 * Customer details stay out, as they do in a share link.
 */
export interface QuoteExport {
  format: typeof EXPORT_FORMAT;
  /** When the file was written (ISO 8601). */
  exportedAt: string;
  configuration: Configuration;
  quote: {
    catalog: string;
    currency: 'EUR';
    vatRateBp: number;
    termMonths: number;
    lines: { module: string; quantity: number; monthly: number; setup: number }[];
    totals: Quote['totals'];
    /** The sales discount is above the catalog's approval threshold: binding only once approved. */
    needsApproval: boolean;
    /**
     * False when the configuration breaks catalog rules: it is priced all the same (spec §4) but cannot be
     * ordered as it stands. Added within `collabnext-export/1` (files written before it lack it; an import ignores it).
     */
    valid: boolean;
  };
}

/** `valid` is the rule engine's verdict on the configuration (the quote alone does not know it). */
export function exportQuote(configuration: Configuration, quote: Quote, exportedAt: Date, valid: boolean): QuoteExport {
  return {
    format: EXPORT_FORMAT,
    exportedAt: exportedAt.toISOString(),
    configuration: {
      catalog: configuration.catalog,
      items: configuration.items.map(({ module, quantity }) => ({ module, quantity })),
      termMonths: configuration.termMonths,
      requirements: [...configuration.requirements],
      salesDiscountBp: configuration.salesDiscountBp,
    },
    quote: {
      catalog: quote.catalog,
      currency: quote.currency,
      vatRateBp: quote.vatRateBp,
      termMonths: quote.termMonths,
      lines: quote.lines.map(({ module, quantity, monthly, setup }) => ({ module, quantity, monthly, setup })),
      totals: { ...quote.totals },
      needsApproval: quote.needsApproval,
      valid,
    },
  };
}

/** The export as the file's text: indented, with a final line break. */
export const quoteExportJson = (configuration: Configuration, quote: Quote, exportedAt: Date, valid: boolean): string =>
  `${JSON.stringify(exportQuote(configuration, quote, exportedAt, valid), null, 2)}\n`;
