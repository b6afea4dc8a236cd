import { useT } from './store-context';

/** An invalid configuration is priced all the same (spec §4), and says plainly that it cannot be ordered. */
export function QuoteInvalidNotice() {
  const t = useT();
  return (
    <div className="quote-notice quote-notice-danger" role="status">
      <p className="quote-notice-title">{t('quote.invalid.title')}</p>
      <p>{t('quote.invalid.body')}</p>
    </div>
  );
}
