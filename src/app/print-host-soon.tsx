import { lazy, Suspense, useEffect, useState } from 'react';
import { isPrintShortcut } from '../ui/print-shortcut';
import { afterFirstScreen } from './after-first-screen';
import '../ui/print.css';

type HostModule = typeof import('../ui/devis-print-host');
let host: HostModule | null = null;
const loadHost = () => import('../ui/devis-print-host').then((m) => (host = m));

/** A host whose code cannot be fetched is nothing on screen: the browser's print then prints the quote alone. */
const Host = lazy(() => loadHost().then((m) => ({ default: m.DevisPrintHost }), () => ({ default: () => null })));

/**
 * The devis print host (what makes Ctrl+P and the browser's print a devis sheet) loads a moment after the first
 * screen, which does not need its code (0.6 KB gzip); the print styles are here from the start. Ctrl+P is held
 * until the host is mounted and the sheet's code has come, then prints: pressed before either arrived, it waits.
 */
export function PrintHostSoon() {
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isPrintShortcut(event) || host?.printReady()) return;
      event.preventDefault();
      setWanted(true);
      void loadHost().then((m) => m.printWhenMounted(), () => window.print());
    };
    window.addEventListener('keydown', onKey);
    const cancel = afterFirstScreen(() => setWanted(true));
    return () => {
      cancel();
      window.removeEventListener('keydown', onKey);
    };
  }, []);
  return wanted ? <Suspense fallback={null}><Host /></Suspense> : null;
}
