import { Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import { lazyPart } from '../ui/lazy-part';
import { afterFirstScreen } from './after-first-screen';
import type { ReplaceStore } from './customer-section-part';

/**
 * Parts of the page that are not part of the first screen load when they near the viewport, or once
 * the page is idle; until then a placeholder of about their height keeps the page from jumping. Watched
 * from a moment after the first screen is painted (afterFirstScreen): a part already in view would
 * otherwise be fetched with the first screen.
 */

export function WhenNear({ placeholder, children }: { placeholder: string; children: ReactNode }) {
  const [wanted, setWanted] = useState(false);
  const spot = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (wanted) return;
    const want = () => setWanted(true);
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && want(), { rootMargin: '600px' });
    const watch = () => spot.current && observer.observe(spot.current);
    const cancel = afterFirstScreen(watch);
    const idle = window.setTimeout(want, 2500);
    return () => {
      cancel();
      observer.disconnect();
      window.clearTimeout(idle);
    };
  }, [wanted]);
  if (!wanted) return <div ref={spot} className={placeholder} />;
  return <Suspense fallback={<div className={placeholder} />}>{children}</Suspense>;
}

/** The customer form (and its validation library, and the erase action at its foot) and the documents panel. */
const CustomerSection = lazyPart(() => import('./customer-section-part'), (m) => m.CustomerSectionPart);
const DocumentsPanel = lazyPart(() => import('../ui/export-panel'), (m) => m.DocumentsPanel);

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
const SharePanel = lazyPart(() => import('../ui/share-panel'), (m) => m.SharePanel);

export function DeferredSharePanel() {
  return (
    <WhenNear placeholder="share-placeholder">
      <SharePanel />
    </WhenNear>
  );
}
