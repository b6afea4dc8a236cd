import { useLayoutEffect, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { calendarDateOf } from '../domain/devis-dates';
import { DevisPrintFooter } from './devis-print-footer';
import { DevisPrintFoot, DevisPrintHead } from './devis-print-parts';
import { devisOf, type DevisFacts } from './devis-source';

/**
 * An element at the start or the end of the page, around the quote panel (print.css shows it only in
 * print). Attached in a layout effect so that a render flushed in `beforeprint` is in the printed page.
 */
function usePrintHost(where: 'start' | 'end'): HTMLElement {
  const [host] = useState(() => {
    const element = document.createElement('div');
    element.className = `devis-print-only devis-print-${where}`;
    return element;
  });
  useLayoutEffect(() => {
    if (where === 'start') document.body.prepend(host);
    else document.body.append(host);
    return () => host.remove();
  }, [host, where]);
  return host;
}

/** What Ctrl+P adds to the quote panel: the devis heading, both parties, its legal mentions and signature block, and every page's foot (mounted only while printing). */
export function DevisPrintSheet({ facts }: { facts: DevisFacts }) {
  const start = usePrintHost('start');
  const end = usePrintHost('end');
  const devis = useMemo(() => devisOf(facts, calendarDateOf(new Date()), window.location.href), [facts]);
  if (!devis.ok) return null;
  return (
    <>
      {createPortal(<><DevisPrintFooter devis={devis.value} /><DevisPrintHead devis={devis.value} /></>, start)}
      {createPortal(<DevisPrintFoot devis={devis.value} />, end)}
    </>
  );
}
