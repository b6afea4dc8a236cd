import type { Quote } from '../domain/quote-types';
import { formatRate } from '../domain/locale-format';
import { QuoteRow } from './quote-row';
import { useLaterPartsWords } from './later-parts-words';
import { useConfigurator } from './store-context';

/** VAT and gross per month, right under the monthly net of the summary bar. */
export function QuoteMonthly({ quote }: { quote: Quote }) {
  const w = useLaterPartsWords();
  const lang = useConfigurator((s) => s.lang);
  return (
    <dl className="quote-rows quote-monthly">
      <QuoteRow label={w('quote.vat', { rate: formatRate(quote.vatRateBp, lang) })} name="monthlyVat" cents={quote.totals.monthlyVat} />
      <QuoteRow label={w('quote.monthlyGross')} name="monthlyGross" cents={quote.totals.monthlyGross} emphasis />
    </dl>
  );
}
