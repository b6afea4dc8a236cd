import { LoadFailed } from './lazy-part';
import { requestLaterParts, type LaterPartsStatus } from './later-parts';
import { useT } from './store-context';

/**
 * In the place of a quote's lines, discounts and long-term figures (quote-details.tsx, a later part: later-parts.ts)
 * until their code comes: that they are on their way, or that they could not be loaded, with « Réessayer ».
 */
export function QuoteDetailsSoon({ status }: { status: LaterPartsStatus }) {
  const t = useT();
  return (
    <div className="quote-details-soon">
      {status.kind === 'failed' ? <LoadFailed retry={requestLaterParts} again={status.failures > 1} /> : <p>{t('quote.details.soon')}</p>}
    </div>
  );
}
