import { useEffect, useRef } from 'react';
import { LoadFailed } from './lazy-part';
import { requestLaterParts, type LaterPartsStatus } from './later-parts';
import { useT } from './store-context';

/** « Réessayer » was pressed: its place holds the focus meanwhile, then hands it to what comes (review: it fell to <body>). */
let retried = false;
/** « Réessayer » was pressed once: failed again, the place offers to reload the page too (not for the page's own retries: QA). */
let retriedOnce = false;

/**
 * In the place of a quote's lines, discounts and long-term figures (quote-details.tsx, a later part: later-parts.ts)
 * until their code comes: that they are on their way, or that they could not be loaded, with « Réessayer ». After
 * « Réessayer », the focus goes to the quote's lines when they come, to the new « Réessayer » if it failed again, which
 * then offers to reload the page as well (lazy-part.tsx: Chromium may keep the failure).
 */
export function QuoteDetailsSoon({ status }: { status: LaterPartsStatus }) {
  const t = useT();
  const place = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!retried || status.kind !== 'failed') return;
    retried = false;
    place.current?.querySelector('button')?.focus();
  }, [status]);
  useEffect(() => {
    const quoteBody = place.current?.parentElement;
    return () => {
      if (!retried) return;
      retried = false;
      if (document.activeElement === null || document.activeElement === document.body) quoteBody?.querySelector<HTMLElement>('.quote-lines')?.focus();
    };
  }, []);
  const retry = () => {
    retried = true;
    retriedOnce = true;
    place.current?.focus();
    requestLaterParts();
  };
  return (
    <div ref={place} tabIndex={-1} className="quote-details-soon">
      {status.kind === 'failed' ? <LoadFailed retry={retry} again={retriedOnce} /> : <p>{t('quote.details.soon')}</p>}
    </div>
  );
}
