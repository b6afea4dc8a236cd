import { Suspense, useEffect, useRef, useState } from 'react';
import { lazyPart } from '../ui/lazy-part';

/**
 * The customer form (and its validation library) and the documents panel are not part of the first
 * screen: they load when they near the viewport, or once the page is idle.
 */
const CustomerSection = lazyPart(() => import('../ui/customer-section').then((m) => m.CustomerSection));
const DocumentsPanel = lazyPart(() => import('../ui/export-panel').then((m) => m.DocumentsPanel));

export function DeferredSections() {
  const [wanted, setWanted] = useState(false);
  const placeholder = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (wanted) return;
    const want = () => setWanted(true);
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && want(), { rootMargin: '600px' });
    if (placeholder.current) observer.observe(placeholder.current);
    const idle = window.setTimeout(want, 2500);
    return () => {
      observer.disconnect();
      window.clearTimeout(idle);
    };
  }, [wanted]);
  if (!wanted) return <div ref={placeholder} className="customer-placeholder" />;
  return (
    <Suspense fallback={<div className="customer-placeholder" />}>
      <CustomerSection />
      <DocumentsPanel />
    </Suspense>
  );
}
