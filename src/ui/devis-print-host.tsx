import { useContext, useEffect, useState, type ComponentType } from 'react';
import { flushSync } from 'react-dom';
import { evaluationOf, quoteOf } from './derived';
import type { DevisFacts } from './devis-source';
import { StoreContext } from './store-context';
import './print.css';

type PrintSheet = ComponentType<{ facts: DevisFacts }>;

let loadedSheet: PrintSheet | null = null;
let loading: Promise<PrintSheet> | null = null;

/**
 * The print sheet's code (devis wording, number, link: ~5 KB gzip with what it imports) is fetched
 * once, off the first screen. Kept out of the first-screen bundle on purpose: measured there it costs
 * +7.3 KB gzip (98.9 → 106.2 KB, over the 100 KB budget) only to cover the 0.5–2.5 s before it
 * arrives, which Ctrl+P and the print button cover by waiting for it.
 */
export function loadPrintSheet(): Promise<PrintSheet> {
  loading ??= import('./devis-print-sheet').then(
    (m) => (loadedSheet = m.DevisPrintSheet),
    (error: unknown) => {
      loading = null; // a later print tries again
      throw error;
    },
  );
  return loading;
}

let pendingPrint: Promise<void> | null = null;

/**
 * Prints once the sheet can be part of the print (one print however often it is asked meanwhile); if
 * its code cannot be fetched, prints the quote alone rather than nothing.
 */
export function printDevis(): Promise<void> {
  pendingPrint ??= loadPrintSheet().catch(() => undefined).then(() => {
    pendingPrint = null;
    window.print();
  });
  return pendingPrint;
}

/**
 * Runs `task` once the browser is idle, half a second after the first screen at the earliest (so the
 * fetch never competes with, nor is counted in, the first screen's loading), 2.5 s at the latest.
 * The returned function cancels it.
 */
function soonAfterFirstScreen(task: () => void): () => void {
  let idle = 0;
  const timer = window.setTimeout(() => {
    if (typeof window.requestIdleCallback === 'function') idle = window.requestIdleCallback(task, { timeout: 2000 });
    else task();
  }, 500);
  return () => {
    window.clearTimeout(timer);
    if (idle) window.cancelIdleCallback(idle);
  };
}

const isPrintShortcut = (event: KeyboardEvent) =>
  (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'p';

/**
 * The devis heading and legal mentions exist only while printing: rendered synchronously in
 * `beforeprint` (so the print layout includes them), removed in `afterprint`, never re-rendered by
 * configuration changes. A print needs the sheet's code already there (`beforeprint` cannot wait), so
 * until it is, Ctrl+P is held back, the code fetched, then the page printed; a print from the
 * browser's menu in that moment prints the quote without the devis heading.
 */
export function DevisPrintHost() {
  const store = useContext(StoreContext);
  const [printing, setPrinting] = useState<{ Sheet: PrintSheet; facts: DevisFacts } | null>(null);
  useEffect(() => {
    if (!store) return;
    const cancelIdle = soonAfterFirstScreen(() => void loadPrintSheet().catch(() => undefined));
    const beforePrint = () => {
      const Sheet = loadedSheet;
      if (!Sheet) return void loadPrintSheet().catch(() => undefined);
      const state = store.getState();
      const facts: DevisFacts = { ...state, quote: quoteOf(state), valid: evaluationOf(state).valid };
      flushSync(() => setPrinting({ Sheet, facts }));
    };
    const afterPrint = () => setPrinting(null);
    const onKey = (event: KeyboardEvent) => {
      if (loadedSheet || !isPrintShortcut(event)) return;
      event.preventDefault();
      void printDevis();
    };
    window.addEventListener('beforeprint', beforePrint);
    window.addEventListener('afterprint', afterPrint);
    window.addEventListener('keydown', onKey);
    return () => {
      cancelIdle();
      window.removeEventListener('beforeprint', beforePrint);
      window.removeEventListener('afterprint', afterPrint);
      window.removeEventListener('keydown', onKey);
    };
  }, [store]);
  if (!printing) return null;
  return <printing.Sheet facts={printing.facts} />;
}
