import { Suspense, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useAfterFrame } from './after-frame';
import { derivedOnce } from '../domain/derived-once';
import { evaluationOf, quoteOf } from './derived';
import { QUOTE_PANEL_ID } from './focus-after-change';
import { QuoteDiscounts } from './quote-discounts';
import { lazyPart } from './lazy-part';
import { QuoteEmpty } from './quote-empty';
import { QuoteError } from './quote-error';
import { QuoteLines } from './quote-lines';
import { QuoteLongTerm } from './quote-long-term';
import { QuoteMonthly } from './quote-monthly';
import { QuoteInvalidNotice } from './quote-notices';
import { QuoteSummaryBar } from './quote-summary-bar';
import { QuoteTermSelect } from './quote-term-select';
import { SalesModeSwitch } from './sales-mode-switch';
import { useConfigurator } from './store-context';
import './quote-panel.css';

/** The catalog and the selection the quote is of, one object per pair. */
const shownFacts = derivedOnce((catalog, configuration) => ({ catalog, configuration }));

/** The sales tools load when sales mode is switched on: most visitors never need them. */
const SalesPanel = lazyPart(() => import('./sales-panel'), (m) => m.SalesPanel);

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
            {!empty && <QuoteMonthly quote={quote.value} />}
            {!empty && !valid && <QuoteInvalidNotice onShow={() => setExpanded(false)} />}
            <QuoteTermSelect />
            {empty ? (
              <QuoteEmpty />
            ) : (
              <>
                <QuoteLines lines={quote.value.lines} />
                <QuoteDiscounts quote={quote.value} />
                <QuoteLongTerm quote={quote.value} />
              </>
            )}
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
