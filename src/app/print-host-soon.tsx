import { useEffect, useState, type ComponentType } from 'react';
import { importAgain } from '../ui/import-again';
import { isPrintShortcut } from '../ui/print-shortcut';
import { afterFirstScreen } from './after-first-screen';
import '../ui/print.css';

type HostModule = typeof import('../ui/devis-print-host');
let host: HostModule | null = null;
const fetchHost = importAgain(() => import('../ui/devis-print-host'));
const loadHost = () => fetchHost().then((m) => (host = m));

/**
 * The devis print host (what makes Ctrl+P and the browser's print a devis sheet) loads a moment after the first
 * screen, which does not need its code (0.6 KB gzip); the print styles are here from the start. Ctrl+P is held
 * until the host is mounted and the sheet's code has come, then prints: pressed before either arrived, it waits.
 * A host whose code did not come is asked for again at the next Ctrl+P; meanwhile the browser's print prints the
 * quote alone.
 */
export function PrintHostSoon() {
  const [Host, setHost] = useState<ComponentType | null>(null);
  useEffect(() => {
    const mount = () => loadHost().then((m) => setHost(() => m.DevisPrintHost));
    const onKey = (event: KeyboardEvent) => {
      if (!isPrintShortcut(event) || host?.printReady()) return;
      event.preventDefault();
      mount().then(() => host?.printWhenMounted(), () => window.print());
    };
    window.addEventListener('keydown', onKey);
    const cancel = afterFirstScreen(() => void mount().catch(() => undefined));
    return () => {
      cancel();
      window.removeEventListener('keydown', onKey);
    };
  }, []);
  return Host ? <Host /> : null;
}
