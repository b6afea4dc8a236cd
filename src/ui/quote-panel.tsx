import { Suspense, useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useEvaluation, useQuote } from './derived';
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

/** The sales tools load when sales mode is switched on: most visitors never need them. */
const SalesPanel = lazyPart(() => import('./sales-panel').then((m) => m.SalesPanel));

/**
 * The quote beside the configurator: a sticky side panel on a wide screen (always open), a bottom
 * sheet on a phone (< 62rem), collapsed to the monthly net and a button that opens it.
 * `children` (sharing, documents) sit under the quote, before the sales tools.
 */
export function QuotePanel({ children }: { children?: ReactNode }) {
  const ids = useId();
  const [expanded, setExpanded] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const quote = useQuote();
  const { valid } = useEvaluation();
  const empty = useConfigurator((s) => s.configuration.items.length === 0);
  const salesMode = useConfigurator((s) => s.salesMode);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !expanded) return;
    setExpanded(false);
    toggle.current?.focus();
  };
  // The open sheet covers the page: the focus arriving anywhere on the page (Tab past the sheet's last
  // control, which wraps round to the header) or a tap on the page, focusable or not, folds it, so the
  // focus is never on something hidden behind it. A tap inside the sheet leaves it open: a click is
  // judged as it starts down the page (capture), before a control can remove itself from the sheet, and
  // the focus a tap on the sheet's text gives the page's main region, which holds the sheet, is not
  // the page. A control removed from under the focus leaves it on no element: the sheet stays open.
  const panel = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!expanded) return undefined;
    const onFocusIn = (event: FocusEvent) => {
      if (event.target instanceof Node && !panel.current?.contains(event.target) && !event.target.contains(panel.current)) setExpanded(false);
    };
    const onClick = (event: MouseEvent) => {
      if (event.target instanceof Node && !panel.current?.contains(event.target)) setExpanded(false);
    };
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('click', onClick, true);
    return () => {
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('click', onClick, true);
    };
  }, [expanded]);
  return (
    <aside ref={panel} id={QUOTE_PANEL_ID} className="quote-panel" data-expanded={expanded} aria-labelledby={`${ids}-title`} onKeyDown={onKeyDown}>
      <QuoteSummaryBar
        quote={quote}
        empty={empty}
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
