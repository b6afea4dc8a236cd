import type { Language } from '../domain/language';
import type { Worded } from '../store/configurator-store';
import { dictionary, fill, type MessageParams } from './messages';
import { documentsEn, documentsFr } from './messages-documents';
import { useConfigurator } from './store-context';

/** The Documents panel's words, loaded with its code rather than before the first screen. */
const DOCUMENTS = dictionary<DocumentsKey>(documentsFr, documentsEn);

export type DocumentsKey = keyof typeof documentsFr;
export type SayDocuments = (key: DocumentsKey, params?: MessageParams) => string;

export const sayDocuments = (lang: Language): SayDocuments => (key, params) => fill(DOCUMENTS[lang][key], params);

/** The same sentence, worded when it is shown (a notice, the panel's line): `wordDocuments('documents.working')`. */
export const wordDocuments = (key: DocumentsKey, params?: MessageParams): Worded => (lang) => sayDocuments(lang)(key, params);

/** `useT` for the Documents panel. */
export function useDocumentsT(): SayDocuments {
  return sayDocuments(useConfigurator((s) => s.lang));
}
