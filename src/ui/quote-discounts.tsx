import { useId } from 'react';
import { bundleProgress } from '../domain/bundle-progress';
import type { Quote } from '../domain/quote-types';
import { formatRate } from '../domain/locale-format';
import { QuoteRow } from './quote-row';
import { durationText } from './quote-wording';
import { drawersText, useLaterPartsWords } from './later-parts-words';
import { useConfigurator, useT } from './store-context';

/**
 * From the monthly list price to the net: commitment, bundle and (when there is one, or in sales mode) sales
 * discounts, then the net. A sales discount above the approval threshold is marked here whatever the mode (spec §4), so a
 * quote reopened from a link says so too.
 */
export function QuoteDiscounts({ quote }: { quote: Quote }) {
  const t = useT();
  const w = useLaterPartsWords();
  const titleId = useId();
  const lang = useConfigurator((s) => s.lang);
  const catalog = useConfigurator((s) => s.catalog);
  const salesMode = useConfigurator((s) => s.salesMode);
  const { commitment, bundle, sales } = quote.discounts;
  const { next } = bundleProgress(catalog, bundle.distinctDrawers);
  const rate = (bp: number) => formatRate(bp, lang);
  const bundleDetail = (
    <>
      {w('quote.bundle.detail', { drawers: drawersText(bundle.distinctDrawers, lang) })}
      {next && <span className="quote-hint">{w('quote.bundle.next', { drawers: drawersText(next.drawersToGo, lang), rate: rate(next.rateBp) })}</span>}
    </>
  );
  return (
    <section className="quote-section" aria-labelledby={titleId}>
      <h3 id={titleId} className="quote-section-title">{w('quote.discounts.title')}</h3>
      <dl className="quote-rows">
        <QuoteRow label={w('quote.recurring')} name="recurring" cents={quote.totals.recurring} />
        <QuoteRow
          label={w('quote.commitment', { rate: rate(commitment.rateBp) })}
          detail={w('quote.commitment.detail', { duration: durationText(commitment.termMonths, lang) })}
          name="commitmentDiscount"
          cents={quote.totals.commitmentDiscount}
          deducted
        />
        <QuoteRow label={w('quote.bundle', { rate: rate(bundle.rateBp) })} detail={bundleDetail} name="bundleDiscount" cents={quote.totals.bundleDiscount} deducted />
        {(salesMode || sales.rateBp > 0) && (
          <QuoteRow
            label={w('quote.sales', { rate: rate(sales.rateBp) })}
            detail={quote.needsApproval && <span className="quote-approval">{w('quote.sales.approval', { threshold: rate(sales.approvalThresholdBp) })}</span>}
            name="salesDiscount"
            cents={quote.totals.salesDiscount}
            deducted
          />
        )}
        {/* The net the title promises, also on a printed page of its own; its hook is the summary bar's. */}
        <QuoteRow label={t('quote.monthlyNet')} cents={quote.totals.monthlyNet} emphasis />
      </dl>
    </section>
  );
}
