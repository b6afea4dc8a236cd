import type { Quote } from '../domain/quote-types';
import { QuoteDiscounts } from './quote-discounts';
import { QuoteLines } from './quote-lines';
import { QuoteLongTerm } from './quote-long-term';
import { QuoteMonthly } from './quote-monthly';
import { QuoteInvalidNotice } from './quote-notices';

/** Under the summary bar of a quote with lines: VAT and gross per month, and whether it can be ordered as it stands. */
export function QuoteFigures({ quote, valid, onShowViolations }: { quote: Quote; valid: boolean; onShowViolations: () => void }) {
  return (
    <>
      <QuoteMonthly quote={quote} />
      {!valid && <QuoteInvalidNotice onShow={onShowViolations} />}
    </>
  );
}

/** Under the commitment term: the lines by drawer, the discounts down to the net, the first year and the whole contract. */
export function QuoteDetails({ quote }: { quote: Quote }) {
  return (
    <>
      <QuoteLines lines={quote.lines} />
      <QuoteDiscounts quote={quote} />
      <QuoteLongTerm quote={quote} />
    </>
  );
}
