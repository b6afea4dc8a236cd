import { useT } from './store-context';

/** What the panel says before the first module is chosen. */
export function QuoteEmpty() {
  const t = useT();
  return (
    <div className="quote-empty">
      <p className="quote-empty-title">{t('quote.empty.title')}</p>
      <p>{t('quote.empty.body')}</p>
    </div>
  );
}
