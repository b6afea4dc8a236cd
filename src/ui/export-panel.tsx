import { useId } from 'react';
import { nameCustomerFields } from '../domain/customer-field-names';
import { devisCustomer } from '../domain/devis-customer';
import type { PrintedCustomerField } from '../domain/devis-types';
import { quoteOf } from './derived';
import { printDevis } from './devis-print-host';
import { useDocumentActions, type KeepReplacedByImport } from './export-actions';
import { ImportField } from './export-import-field';
import { GuardedButton } from './guarded-button';
import { useDocumentsT } from './documents-wording';
import { useConfigurator } from './store-context';
import { useAfterFrame } from './after-frame';
import './export-panel.css';

/**
 * The quote as documents: the devis in PDF, CSV and JSON exports, print, and a JSON import. `keepReplaced`: how
 * the page keeps the draft an import, or its undo, replaces (the app's; a component test may give none).
 */
export function DocumentsPanel({ keepReplaced }: { keepReplaced?: KeepReplacedByImport }) {
  const t = useDocumentsT();
  const ids = useId();
  const lang = useConfigurator((s) => s.lang);
  // Whether it is empty or priced, not the quote: a toggle that leaves it priced does not draw this panel again. As the
  // quote beside it, one frame after a change (after-frame.ts).
  const quoted = useAfterFrame(useConfigurator((s) => (s.configuration.items.length === 0 ? 'empty' : quoteOf(s).ok ? 'priced' : 'unpriced')));
  const [empty, priced] = [quoted === 'empty', quoted !== 'unpriced'];
  const { busy, message, produce, importFile } = useDocumentActions(keepReplaced);
  const unavailable = empty || !priced;
  // Said before any download: the devis is still produced, with « À compléter » in place of these.
  const { missing, invalid, otherMemberStateVat } = devisCustomer(useConfigurator((s) => s.customer));
  // The devis charges the catalog's VAT as the spec says; abroad it is normally the customer's to self-assess.
  const charged = useConfigurator((s) => s.catalog.vatRateBp > 0);
  // One field takes the singular sentence (« l’indique », « corrigez-la »), several the plural one.
  const notice = (key: 'documents.customerToComplete' | 'documents.customerToCorrect', named: readonly PrintedCustomerField[]) =>
    t(named.length === 1 ? `${key}.one` : key, { fields: nameCustomerFields(named, lang) });
  return (
    <section className="documents-panel" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t('documents.title')}</h2>
      <p className="documents-hint">{t(empty ? 'documents.empty' : priced ? 'documents.hint' : 'documents.unavailable')}</p>
      {!unavailable && missing.length > 0 && (
        <p className="documents-missing">
          {notice('documents.customerToComplete', missing)}
          {missing.includes('siret') && ` ${t('documents.companyIdForeign')}`}
        </p>
      )}
      {!unavailable && invalid.length > 0 && <p className="documents-missing">{notice('documents.customerToCorrect', invalid)}</p>}
      {!unavailable && charged && otherMemberStateVat !== null && (
        <p className="documents-missing">{t('documents.reverseCharge', { vatNumber: otherMemberStateVat })}</p>
      )}
      <div className="documents-actions">
        <GuardedButton onActivate={() => void produce('pdf')} unavailable={busy || unavailable}>{t('documents.pdf')}</GuardedButton>
        <GuardedButton onActivate={() => void produce('csv')} unavailable={busy || unavailable}>{t('documents.csv')}</GuardedButton>
        <GuardedButton onActivate={() => void produce('json')} unavailable={busy || unavailable}>{t('documents.json')}</GuardedButton>
        <GuardedButton onActivate={() => void printDevis()} unavailable={unavailable}>{t('documents.print')}</GuardedButton>
      </div>
      <ImportField label={t('documents.import')} disabled={busy} onFile={(file) => void importFile(file)} />
      <p className="documents-status" role="status">{message?.role === 'status' ? message.text(lang) : ''}</p>
      {/* An alert is announced when it appears; an empty one would only add noise to the page's alerts. */}
      {message?.role === 'alert' && <p className="documents-alert" role="alert">{message.text(lang)}</p>}
    </section>
  );
}
