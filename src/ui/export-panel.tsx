import { lazy, Suspense, useEffect, useId, useMemo, useState } from 'react';
import { useEvaluation, useQuote } from './derived';
import type { DevisFacts } from './devis-source';
import { useDocumentActions } from './export-actions';
import { ImportField } from './export-import-field';
import { useConfigurator, useT } from './store-context';
import './export-panel.css';
import './print.css';

/** The print sheet (devis header and legal mentions) loads once the page is idle, or when a print starts. */
const DevisPrintSheet = lazy(() => import('./devis-print-sheet').then((m) => ({ default: m.DevisPrintSheet })));

function usePrintSheetWanted(): boolean {
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    if (wanted) return;
    const want = () => setWanted(true);
    const idle = window.setTimeout(want, 3000);
    window.addEventListener('beforeprint', want);
    return () => {
      window.clearTimeout(idle);
      window.removeEventListener('beforeprint', want);
    };
  }, [wanted]);
  return wanted;
}

/** What the print sheet renders, selected here so that its lazily loaded code needs no store. */
function useDevisFacts(): DevisFacts {
  const catalog = useConfigurator((s) => s.catalog);
  const configuration = useConfigurator((s) => s.configuration);
  const customer = useConfigurator((s) => s.customer);
  const lang = useConfigurator((s) => s.lang);
  const quote = useQuote();
  const { valid } = useEvaluation();
  return useMemo(() => ({ catalog, configuration, customer, lang, quote, valid }), [catalog, configuration, customer, lang, quote, valid]);
}

/** The quote as documents: the devis in PDF, CSV and JSON exports, print, and a JSON import. */
export function DocumentsPanel() {
  const t = useT();
  const ids = useId();
  const facts = useDevisFacts();
  const empty = facts.configuration.items.length === 0;
  const priced = facts.quote.ok;
  const { busy, message, produce, importFile } = useDocumentActions();
  const printSheet = usePrintSheetWanted();
  const unavailable = empty || !priced;
  return (
    <section className="documents-panel" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t('documents.title')}</h2>
      <p className="documents-hint">{t(empty ? 'documents.empty' : priced ? 'documents.hint' : 'documents.unavailable')}</p>
      <div className="documents-actions">
        <button type="button" onClick={() => void produce('pdf')} disabled={busy || unavailable}>{t('documents.pdf')}</button>
        <button type="button" onClick={() => void produce('csv')} disabled={busy || unavailable}>{t('documents.csv')}</button>
        <button type="button" onClick={() => void produce('json')} disabled={busy || unavailable}>{t('documents.json')}</button>
        <button type="button" onClick={() => window.print()} disabled={unavailable}>{t('documents.print')}</button>
      </div>
      <ImportField label={t('documents.import')} disabled={busy} onFile={(file) => void importFile(file)} />
      <p className="documents-status" role="status">{message?.role === 'status' ? message.text : ''}</p>
      {/* An alert is announced when it appears; an empty one would only add noise to the page's alerts. */}
      {message?.role === 'alert' && <p className="documents-alert" role="alert">{message.text}</p>}
      {printSheet && !unavailable && (
        <Suspense fallback={null}>
          <DevisPrintSheet facts={facts} />
        </Suspense>
      )}
    </section>
  );
}
