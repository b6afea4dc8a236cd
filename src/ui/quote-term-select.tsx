import { useId } from 'react';
import { formatRate } from '../domain/locale-format';
import { durationText } from './quote-wording';
import { useConfigurator, useT } from './store-context';

/** The commitment term (spec §6: a labelled control whose options carry data-months), with each term's discount. */
export function QuoteTermSelect() {
  const t = useT();
  const id = useId();
  const lang = useConfigurator((s) => s.lang);
  const terms = useConfigurator((s) => s.catalog.discounts.commitment);
  const termMonths = useConfigurator((s) => s.configuration.termMonths);
  const chooseTerm = useConfigurator((s) => s.chooseTerm);
  return (
    <div className="quote-term">
      <label htmlFor={id}>{t('quote.term.label')}</label>
      <select id={id} value={termMonths} onChange={(event) => chooseTerm(Number(event.target.value))}>
        {terms.map((term) => (
          <option key={term.months} value={term.months} data-months={term.months}>
            {term.rateBp > 0
              ? t('quote.term.withDiscount', { duration: durationText(term.months, lang), rate: formatRate(term.rateBp, lang) })
              : t('quote.term.noDiscount', { duration: durationText(term.months, lang) })}
          </option>
        ))}
      </select>
    </div>
  );
}
