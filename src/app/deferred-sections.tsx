import { Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import { lazyPart } from '../ui/lazy-part';
import { afterFirstScreen } from './after-first-screen';
import type { ReplaceStore } from './customer-section-part';

/**
 * Parts of the page that are not part of the first screen load when they near the viewport, or once the
 * page is idle; until then a placeholder of about their height keeps the page from jumping. Both are
 * watched from a moment after the first screen is painted (afterFirstScreen): a part already in view
 * would otherwise be fetched with the first screen.
 */

/** The longest wait for an idle moment (ms): a page kept busy still gets its parts. */
const IDLE_AT_MOST_MS = 2000;

/**
 * Runs `task` at the browser's next idle moment, within IDLE_AT_MOST_MS (after IDLE_AT_MOST_MS where the browser has
 * no requestIdleCallback, as Safari). Returns what cancels it. A fixed 2.5 s wait kept the customer form off a
 * reloaded page for 2.5 s: a link carrying the customer's details filled it 3.5 s after the reload.
 */
function whenIdle(task: () => void): () => void {
  if (typeof window.requestIdleCallback !== 'function') {
    const timer = window.setTimeout(task, IDLE_AT_MOST_MS);
    return () => window.clearTimeout(timer);
  }
  const idle = window.requestIdleCallback(task, { timeout: IDLE_AT_MOST_MS });
  return () => window.cancelIdleCallback(idle);
}

export function WhenNear({ placeholder, children }: { placeholder: string; children: ReactNode }) {
  const [wanted, setWanted] = useState(false);
  const spot = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (wanted) return;
    const want = () => setWanted(true);
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && want(), { rootMargin: '600px' });
    let cancelIdle = () => {};
    const watch = () => {
      if (spot.current) observer.observe(spot.current);
      cancelIdle = whenIdle(want);
    };
    const cancel = afterFirstScreen(watch);
    return () => {
      cancel();
      observer.disconnect();
      cancelIdle();
    };
  }, [wanted]);
  if (!wanted) return <div ref={spot} className={placeholder} />;
  return <Suspense fallback={<div className={placeholder} />}>{children}</Suspense>;
}

/** The customer form (and its validation library, and the erase action at its foot) and the documents panel. */
const CustomerSection = lazyPart(() => import('./customer-section-part'), 'CustomerSectionPart');
const DocumentsPanel = lazyPart(() => import('./documents-panel-part'), 'DocumentsPanelPart');

/** `replaceStore`: how the erase action at the customer form's foot puts its empty store on screen. */
export function DeferredSections({ replaceStore }: { replaceStore: ReplaceStore }) {
  return (
    <WhenNear placeholder="customer-placeholder">
      <CustomerSection replaceStore={replaceStore} />
      <DocumentsPanel />
    </WhenNear>
  );
}

/** « Partager ce devis », at the foot of the quote panel (folded into the sheet on a phone). */
const SharePanel = lazyPart(() => import('../ui/share-panel'), 'SharePanel');

export function DeferredSharePanel() {
  return (
    <WhenNear placeholder="share-placeholder">
      <SharePanel />
    </WhenNear>
  );
}
