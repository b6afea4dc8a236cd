import { useContext, useEffect, useState, type ComponentType } from 'react';
import { drawAtOnce } from './after-frame';
import { evaluationOf, quoteOf } from './derived';
import type { DevisFacts } from './devis-source';
import { importAgain } from './import-again';
import { StoreContext } from './store-context';
import { applyTypedEdits } from './use-typed-edit';

type PrintSheet = ComponentType<{ facts: DevisFacts }>;

let loadedSheet: PrintSheet | null = null;
const fetchSheet = importAgain(() => import('./devis-print-sheet'), 'DevisPrintSheet');

/**
 * The print sheet's code (devis wording, number, link: ~5 KB gzip with what it imports) is fetched
 * once, off the first screen. Kept out of the first-screen bundle on purpose: measured there it costs
 * +7.3 KB gzip (98.9 → 106.2 KB, over the 100 KB budget) only to cover the 0.5–2.5 s before it
 * arrives, which Ctrl+P and the print button cover by waiting for it. A failed download is tried again at the next
 * print, under another address (import-again.ts: with a plain import, the sheet never came back; QA, session 22).
 */
export const loadPrintSheet = (): Promise<PrintSheet> => fetchSheet().then((m) => (loadedSheet = m.DevisPrintSheet));

let pendingPrint: Promise<void> | null = null;

/** Whether a host is mounted to make the devis sheet at `beforeprint`, and whether a print waits for one. */
let mounted = false;
let printOnMount = false;

/** Whether the browser's print makes the devis sheet now: a host mounted, the sheet's code here (else Ctrl+P waits). */
export const printReady = (): boolean => mounted && loadedSheet !== null;

/** Prints as soon as a host is mounted (a Ctrl+P pressed while this code was on its way: app/print-host-soon.tsx). */
export function printWhenMounted(): void {
  if (mounted) void printDevis();
  else printOnMount = true;
}

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
 * The devis heading and legal mentions exist only while printing: rendered synchronously in
 * `beforeprint` (so the print layout includes them), removed in `afterprint`, never re-rendered by
 * configuration changes. A print needs the sheet's code already there (`beforeprint` cannot wait), so
 * until it is, Ctrl+P is held back (app/print-host-soon.tsx, on the page from the start), the code
 * fetched, then the page printed; a print from the browser's menu in that moment prints the quote
 * without the devis heading.
 */
export function DevisPrintHost() {
  const store = useContext(StoreContext);
  const [printing, setPrinting] = useState<{ Sheet: PrintSheet; facts: DevisFacts } | null>(null);
  useEffect(() => {
    if (!store) return;
    // The host itself comes after the first screen (app/print-host-soon.tsx): the sheet's code can follow at once.
    void loadPrintSheet().catch(() => undefined);
    const beforePrint = () => {
      applyTypedEdits();
      const Sheet = loadedSheet;
      // Without the sheet's code (a print from the browser's menu just after the page came), the quote alone, as it stands.
      if (!Sheet) return drawAtOnce(() => void loadPrintSheet().catch(() => undefined));
      const state = store.getState();
      const facts: DevisFacts = { ...state, quote: quoteOf(state), valid: evaluationOf(state).valid };
      // With whatever still waits for its frame (after-frame.ts), what a typed field applied just above included: the quote
      // panel is printed too (print-typed-quantity journeys and component test).
      drawAtOnce(() => setPrinting({ Sheet, facts }));
    };
    const afterPrint = () => setPrinting(null);
    window.addEventListener('beforeprint', beforePrint);
    window.addEventListener('afterprint', afterPrint);
    mounted = true;
    if (printOnMount) {
      printOnMount = false;
      void printDevis();
    }
    return () => {
      mounted = false;
      window.removeEventListener('beforeprint', beforePrint);
      window.removeEventListener('afterprint', afterPrint);
    };
  }, [store]);
  if (!printing) return null;
  return <printing.Sheet facts={printing.facts} />;
}
