import { useContext, useRef, useState } from 'react';
import { nameCustomerFields } from '../domain/customer-field-names';
import type { PrintedCustomerField } from '../domain/devis-types';
import type { Configuration } from '../domain/configuration';
import type { Language } from '../domain/language';
import type { ConfiguratorState, ConfiguratorStore, Worded } from '../store/configurator-store';
import { evaluationOf, quoteOf } from './derived';
import { saveFile } from './export-download';
import type { DocumentKind } from './export-documents';
import { sayDocuments, wordDocuments } from './documents-wording';
import { isLoadFailure } from './load-failure';
import { StoreContext } from './store-context';
import { whenUndone } from './when-undone';
import { importAgain } from './import-again';

const loadDocuments = importAgain(() => import('./export-documents'), 'documentFile');
const loadImport = importAgain(() => import('./export-import'), 'readImportedFile');

export interface DocumentsMessage {
  /** `status` is announced politely; `alert` at once. */
  role: 'status' | 'alert';
  /** Worded when shown: a language switch words it again (QA: it stayed in the language of the moment). */
  text: Worded;
}

/** The first characters a PDF prints as « ? », quoted as the language quotes: « ش ر ك ة … », “株 式 会 社”. */
function unprintableList(characters: readonly string[], lang: Language): string {
  const shown = `${characters.slice(0, 8).join(' ')}${characters.length > 8 ? ' …' : ''}`;
  return lang === 'fr' ? `«\u00a0${shown}\u00a0»` : `“${shown}”`;
}

/**
 * How the page keeps the draft on screen that an import (`import`), or « Annuler l’import » after changes made since
 * the import (`import-undone`), is about to replace by `replacement`, so that a reload still offers it among the drafts
 * kept aside: the import's notice says the previous configuration « reste récupérable », the undo's that « Annuler »
 * brings the changes back, and both live in this page's memory. Kept even when the import is undone: Ctrl+Z brings
 * the import back, and a copy equal to the saved draft is not offered.
 */
export type KeepReplacedByImport = (shown: ConfiguratorState, replacement: Configuration, why: 'import' | 'import-undone') => void;

/** The Documents panel's actions: produce a file (loading the generators on demand) and import one. */
export function useDocumentActions(keepReplaced?: KeepReplacedByImport) {
  const store = useContext(StoreContext);
  // How the last import's notice ends: a new import ends it, since its « Annuler l’import » would also take back the
  // newer import without saying so (QA: after undoing an earlier import, the later one's undo brought it back).
  const endLastImport = useRef(() => {});
  const [busy, setBusy] = useState(false);
  // With the store it is about: once another is on screen (the buyer's data erased), it says nothing of it (QA: the
  // line « Votre configuration précédente reste récupérable » stayed after the erase).
  const [said, setSaid] = useState<{ store: ConfiguratorStore; message: DocumentsMessage } | null>(null);
  if (!store) throw new Error('useDocumentActions needs a StoreContext provider');
  const setMessage = (message: DocumentsMessage | null) => setSaid(message && { store, message });
  const message = said?.store === store ? said.message : null;

  const produce = async (kind: DocumentKind) => {
    const state = store.getState();
    setBusy(true);
    setMessage({ role: 'status', text: wordDocuments('documents.working') });
    try {
      const { documentFile } = await loadDocuments();
      const facts = { ...state, quote: quoteOf(state), valid: evaluationOf(state).valid };
      const file = await documentFile(kind, facts, new Date(), window.location.href);
      if (!file.ok) {
        return setMessage({ role: 'alert', text: wordDocuments(file.error === 'empty' ? 'documents.empty' : 'documents.unavailable') });
      }
      saveFile(file.value.name, file.value.blob);
      const { devis, name, unprintable } = file.value;
      const { missingCustomerFields: missing, invalidCustomerFields: invalid } = devis;
      setMessage({
        role: 'status',
        text: (lang) => {
          const say = sayDocuments(lang);
          const fields = (named: readonly PrintedCustomerField[]) => nameCustomerFields(named, lang);
          return [
            kind === 'pdf' ? say('documents.pdf.done', { number: devis.number, file: name }) : say('documents.file.done', { file: name }),
            ...(missing.length === 0 ? [] : [say('documents.customerMissing', { fields: fields(missing) })]),
            ...(invalid.length === 0 ? [] : [say('documents.customerInvalid', { fields: fields(invalid) })]),
            ...(unprintable.length === 0 ? [] : [say('documents.pdf.unprintable', { characters: unprintableList(unprintable, lang) })]),
          ].join(' ');
        },
      });
    } catch (error) {
      // A chunk that did not download is said in words; the browser's text names a file and a URL.
      const failure = error instanceof Error ? error.message : String(error);
      setMessage({ role: 'alert', text: isLoadFailure(error) ? wordDocuments('documents.failed.unloaded') : wordDocuments('documents.failed', { error: failure }) });
    } finally {
      setBusy(false);
    }
  };

  const importFile = async (file: File) => {
    const state = store.getState();
    const imported = await loadImport()
      .then((m) => m.readImportedFile(file, state.catalog))
      .catch((error: unknown) => {
        if (isLoadFailure(error)) return null;
        throw error;
      });
    if (!imported) return setMessage({ role: 'alert', text: wordDocuments('documents.import.unloaded', { file: file.name }) });
    if (!imported.ok) {
      const reason = imported.error;
      return setMessage({ role: 'alert', text: (lang) => sayDocuments(lang)('documents.import.failed', { file: file.name, reason: reason(lang) }) });
    }
    const { configuration, text, carriedOver } = imported.value;
    // As it is now: the buyer may have edited while the import's code downloaded.
    const current = store.getState();
    const before = { configuration: current.configuration, notes: current.addedAutomatically };
    keepReplaced?.(current, configuration, 'import');
    endLastImport.current();
    state.replaceConfiguration(configuration);
    const afterImport = store.getState().configuration;
    const clearLine = () => setSaid((shown) => (shown?.message.text === text ? null : shown));
    // « Annuler l’import » puts back the configuration from before the import, whatever was changed since
    // (undo() would only take back the last change), as one change that Ctrl+Z takes back in turn. It says so
    // in a notice of its own, which takes the focus (and goes when Ctrl+Z takes that change back); the panel's
    // line about the import, now untrue, goes.
    const undoImport = () => {
      stopWatching();
      // Edits made since go with it: the notice says so, and how to get them back (QA: only the live region said it).
      const editedSince = store.getState().configuration !== afterImport;
      if (editedSince) keepReplaced?.(store.getState(), before.configuration, 'import-undone');
      const key = editedSince ? 'documents.import.undoneWithLaterEdits' : 'documents.import.undone';
      store.getState().replaceConfiguration(before.configuration, before.notes);
      const undone = store.getState().postNotice({ tone: 'info', text: wordDocuments(key, { file: file.name }) });
      whenUndone(store, () => store.getState().dismissNotice(undone));
      clearLine();
    };
    const notice = state.postNotice({ tone: carriedOver ? 'warning' : 'info', text, action: { label: wordDocuments('documents.import.undo'), run: undoImport } });
    // Once the history steps back before the import, nothing says the file is imported any more, nor offers to undo it.
    const stopWatching = whenUndone(store, () => {
      store.getState().dismissNotice(notice);
      clearLine();
    });
    endLastImport.current = () => {
      stopWatching();
      store.getState().dismissNotice(notice);
    };
    setMessage({ role: 'status', text });
  };

  return { busy, message, produce, importFile };
}
