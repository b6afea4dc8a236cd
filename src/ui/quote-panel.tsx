import { Suspense, useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useAfterFrame } from './after-frame';
import { derivedOnce } from '../domain/derived-once';
import { evaluationOf, quoteOf } from './derived';
import { QUOTE_PANEL_ID } from './focus-after-change';
import { lazyPart } from './lazy-part';
import { laterParts, requestLaterParts, useLaterPartsStatus } from './later-parts';
import { QuoteEmpty } from './quote-empty';
import { QuoteError } from './quote-error';
import { QuoteDetailsSoon } from './quote-details-soon';
import { QuoteSummaryBar } from './quote-summary-bar';
import { QuoteTermSelect } from './quote-term-select';
import { SalesModeSwitch } from './sales-mode-switch';
import { useConfigurator } from './store-context';
import './quote-panel.css';

/** The catalog and the selection the quote is of, one object per pair. */
const shownFacts = derivedOnce((catalog, configuration) => ({ catalog, configuration }));

/** The sales tools load when sales mode is switched on: most visitors never need them. */
const SalesPanel = lazyPart(() => import('./sales-panel'), 'SalesPanel');

/**
 * The quote beside the configurator: a sticky side panel on a wide screen (always open), a bottom
 * sheet on a phone (< 62rem), collapsed to the monthly net and a button that opens it (and Escape folds; the
 * page around folds it too, a behaviour loaded just after the first screen: app/sheet-folding.ts).
 * `children` (sharing, documents) sit under the quote, before the sales tools.
 */
export function QuotePanel({ children }: { children?: ReactNode }) {
  const ids = useId();
  const [expanded, setExpanded] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  // The quote follows the click's frame by one (after-frame.ts): that frame draws the card, this one the quote. The
  // catalog with it: another store on another revision (a link, a re-pricing) priced the old selection once (review).
  const shown = useAfterFrame(useConfigurator((s) => shownFacts(s.catalog, s.configuration)));
  const quote = quoteOf(shown);
  const { valid } = evaluationOf(shown);
  const empty = shown.configuration.items.length === 0;
  const salesMode = useConfigurator((s) => s.salesMode);
  // A quote with lines shows its figures and details, later parts of the page (later-parts.ts): asked for if they have
  // not come (after a failure, again at each change).
  const later = useLaterPartsStatus();
  const detailed = !empty && quote.ok;
  useEffect(() => {
    if (detailed && laterParts() === null) requestLaterParts();
  }, [detailed, shown]);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !expanded) return;
    setExpanded(false);
    toggle.current?.focus();
  };
  return (
    <aside id={QUOTE_PANEL_ID} className="quote-panel" data-expanded={expanded} aria-labelledby={`${ids}-title`} onKeyDown={onKeyDown}>
      <QuoteSummaryBar
        quote={quote}
        empty={empty}
        valid={valid}
        titleId={`${ids}-title`}
        bodyId={`${ids}-body`}
        expanded={expanded}
        onToggle={() => setExpanded(!expanded)}
        toggleRef={toggle}
      />
      <div className="quote-body" id={`${ids}-body`}>
        {!quote.ok ? (
          <QuoteError error={quote.error} />
        ) : (
          <>
            {!empty && later.kind === 'come' && <later.parts.QuoteFigures quote={quote.value} valid={valid} onShowViolations={() => setExpanded(false)} />}
            <QuoteTermSelect />
            {empty ? <QuoteEmpty /> : later.kind === 'come' ? <later.parts.QuoteDetails quote={quote.value} /> : <QuoteDetailsSoon status={later} />}
          </>
        )}
        {children}
        <SalesModeSwitch />
        {salesMode && (
          <Suspense fallback={null}>
            <SalesPanel />
          </Suspense>
        )}
      </div>
    </aside>
  );
}
