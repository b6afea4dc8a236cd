import { lazy, Suspense, useEffect, useRef, useState } from 'react';

/** The form library is not part of the first screen: it loads when the section nears the viewport, or once the page is idle. */
const CustomerSection = lazy(() => import('../ui/customer-section').then((m) => ({ default: m.CustomerSection })));

export function DeferredCustomerSection() {
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
    </Suspense>
  );
}
