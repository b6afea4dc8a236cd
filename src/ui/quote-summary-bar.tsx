import type { RefObject } from 'react';
import type { Quote } from '../domain/quote-types';
import type { Result } from '../domain/result';
import { QuoteAmount } from './quote-amount';
import { useT } from './store-context';

interface QuoteSummaryBarProps {
  quote: Result<Quote>;
  empty: boolean;
  /** The configuration can be ordered as it stands. */
  valid: boolean;
  titleId: string;
  bodyId: string;
  expanded: boolean;
  onToggle: () => void;
  toggleRef: RefObject<HTMLButtonElement | null>;
}

/**
 * The panel's head: the monthly net, big. On a phone it is the bottom sheet's one-line bar,
 * with the button that opens the rest, and says when the configuration cannot be ordered as it
 * stands (the panel's notice is in the folded part); on a wide screen the button is hidden.
 */
export function QuoteSummaryBar({ quote, empty, valid, titleId, bodyId, expanded, onToggle, toggleRef }: QuoteSummaryBarProps) {
  const t = useT();
  return (
    <div className="quote-bar">
      <div className="quote-bar-text">
        <h2 id={titleId} className="quote-title" tabIndex={-1}>{t('quote.title')}</h2>
        {!quote.ok ? (
          <p className="quote-bar-status">{t('quote.error.summary')}</p>
        ) : empty ? (
          <p className="quote-bar-status">{t('quote.empty.summary')}</p>
        ) : (
          <p className="quote-headline">
            <span className="quote-headline-label">{t('quote.monthlyNet')}</span>
            <QuoteAmount name="monthlyNet" cents={quote.value.totals.monthlyNet} className="quote-amount quote-headline-amount" />
            <span className="quote-headline-suffix">{t('quote.perMonth')}</span>
            {/* The folded sheet shows nothing else: an amount that cannot be ordered says so beside it. */}
            {!valid && <span className="quote-headline-invalid">{t('quote.invalid.short')}</span>}
          </p>
        )}
      </div>
      <button ref={toggleRef} type="button" className="quote-toggle" aria-expanded={expanded} aria-controls={bodyId} onClick={onToggle}>
        {t(expanded ? 'quote.hide' : 'quote.show')}
      </button>
    </div>
  );
}
