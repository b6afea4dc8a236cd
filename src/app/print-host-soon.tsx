import { useEffect, useState, type ComponentType } from 'react';
import { importAgain } from '../ui/import-again';
import { isPrintShortcut } from '../ui/print-shortcut';
import { afterFirstScreen } from './after-first-screen';
import { drawAtOnce } from '../ui/after-frame';
import { applyTypedEdits } from '../ui/use-typed-edit';
import '../ui/print.css';

type HostModule = typeof import('../ui/devis-print-host');
let host: HostModule | null = null;
const fetchHost = importAgain(() => import('../ui/devis-print-host'), 'DevisPrintHost');
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
    // A print before the host has come (the browser's menu at once, or its code not downloaded) prints the quote as the
    // typed fields stand: they no longer listen for it themselves (use-typed-edit.ts). The host's own call is then a no-op.
    const onPrint = () => drawAtOnce(applyTypedEdits);
    window.addEventListener('keydown', onKey);
    window.addEventListener('beforeprint', onPrint);
    const cancel = afterFirstScreen(() => void mount().catch(() => undefined));
    return () => {
      cancel();
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('beforeprint', onPrint);
    };
  }, []);
  return Host ? <Host /> : null;
}
