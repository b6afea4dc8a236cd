import { useId } from 'react';
import type { Quote } from '../domain/quote-types';
import { formatRate } from '../domain/locale-format';
import { QuoteRow } from './quote-row';
import { durationText } from './quote-wording';
import { useLaterPartsWords } from './later-parts-words';
import { useConfigurator } from './store-context';

/** The one-time setup (HT / TVA / TTC), then the first year and the whole contract. */
export function QuoteLongTerm({ quote }: { quote: Quote }) {
  const w = useLaterPartsWords();
  const ids = useId();
  const lang = useConfigurator((s) => s.lang);
  const { totals } = quote;
  const vat = w('quote.vat', { rate: formatRate(quote.vatRateBp, lang) });
  return (
    <>
      <section className="quote-section" aria-labelledby={`${ids}-setup`}>
        <h3 id={`${ids}-setup`} className="quote-section-title">{w('quote.setup.title')}</h3>
        <dl className="quote-rows">
          <QuoteRow label={w('quote.setupNet')} name="setupNet" cents={totals.setupNet} />
          <QuoteRow label={vat} name="setupVat" cents={totals.setupVat} />
          <QuoteRow label={w('quote.setupGross')} name="setupGross" cents={totals.setupGross} emphasis />
        </dl>
      </section>
      <section className="quote-section" aria-labelledby={`${ids}-horizon`}>
        <h3 id={`${ids}-horizon`} className="quote-section-title">{w('quote.horizon.title')}</h3>
        <dl className="quote-rows">
          <QuoteRow label={w('quote.firstYear')} detail={w(quote.termMonths < 12 ? 'quote.firstYear.detail.renewed' : 'quote.firstYear.detail')} name="firstYearNet" cents={totals.firstYearNet} />
          <QuoteRow
            label={w('quote.contract')}
            detail={w('quote.contract.detail', { duration: durationText(quote.termMonths, lang) })}
            name="contractNet"
            cents={totals.contractNet}
            emphasis
          />
        </dl>
      </section>
    </>
  );
}
