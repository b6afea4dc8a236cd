import { useId } from 'react';
import { NOTES_MAX_LENGTH } from '../domain/draft-details';
import { formatNumber, formatRate } from '../domain/locale-format';
import { useAfterFrame } from './after-frame';
import { quoteOf } from './derived';
import { SalesDiscountField } from './sales-discount-field';
import { SalesVendorSplit } from './sales-vendor-split';
import { salesWords } from './sales-panel-words';
import { useConfigurator } from './store-context';

/** The sales tools, shown in sales mode: negotiated discount, approval warning, internal notes, split by member. */
export function SalesPanel() {
  const id = useId();
  const lang = useConfigurator((s) => s.lang);
  const t = salesWords(lang);
  const notes = useConfigurator((s) => s.notes);
  const writeNotes = useConfigurator((s) => s.writeNotes);
  // As the quote above it, a frame after a change (after-frame.ts).
  const quote = useAfterFrame(useConfigurator(quoteOf));
  return (
    <section className="sales-panel" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="quote-section-title">{t('sales.title')}</h3>
      <p className="sales-hint">{t('sales.notice')}</p>
      <SalesDiscountField />
      {quote.ok && quote.value.needsApproval && (
        <p className="quote-notice quote-notice-warn" role="status">
          {t('sales.approval', {
            rate: formatRate(quote.value.discounts.sales.rateBp, lang),
            threshold: formatRate(quote.value.discounts.sales.approvalThresholdBp, lang),
          })}
        </p>
      )}
      <div className="sales-field">
        <label htmlFor={`${id}-notes`}>{t('sales.notes.label')}</label>
        <textarea
          id={`${id}-notes`} rows={3} value={notes} maxLength={NOTES_MAX_LENGTH} aria-describedby={`${id}-notes-hint`}
          onChange={(event) => writeNotes(event.target.value)}
        />
        <p id={`${id}-notes-hint`} className="sales-hint">{t('sales.notes.hint', { max: formatNumber(NOTES_MAX_LENGTH, lang) })}</p>
      </div>
      {quote.ok && <SalesVendorSplit quote={quote.value} />}
    </section>
  );
}
