import { useT } from './store-context';

/** A quote that could not be computed (a configuration that does not fit the catalog): said, never crashed on. */
export function QuoteError({ error }: { error: string }) {
  const t = useT();
  return (
    <div className="quote-notice quote-notice-danger" role="alert">
      <p className="quote-notice-title">{t('quote.error.title')}</p>
      <p>{t('quote.error.detail', { error })}</p>
    </div>
  );
}
