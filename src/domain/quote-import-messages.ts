import type { ConfigurationShapeError } from './configuration-shape';
import { lowerFirst, typesetIn } from './french-typography';
import type { Language } from './language';
import { formatList } from './locale-format';
import type { ImportError } from './quote-import';
import { describeShareError } from './share-messages';
import { IMPORT_MESSAGES_EN } from './quote-import-messages-en';
import { IMPORT_MESSAGES_FR } from './quote-import-messages-fr';
import { formatGivenNumber } from './given-number';

/** The words of one language; numbers arrive formatted, names already chosen. */
export interface ImportMessages {
  notJson: (where: { line: string; column: string } | null) => string;
  shape: (error: ConfigurationShapeError, n: (x: number) => string) => string;
  unknownField: (field: string) => string;
  share: (error: Extract<ImportError, { kind: 'configuration' }>['error'], name: string, n: (x: number) => string, list: (xs: number[]) => string) => string | null;
  empty: string;
  tooLarge: (count: string, max: string) => string;
  fileTooLarge: (bytes: string, max: string) => string;
  catalogFile: string;
  unsupportedFormat: (format: string) => string;
}

/**
 * Why a file was not imported, as the end of « Le fichier … n’a pas été importé : … »: in the user's
 * language, with the catalog's names, numbers formatted for the language, and what to do about it.
 */
export function describeImportError(error: ImportError, lang: Language): string {
  const words = lang === 'fr' ? IMPORT_MESSAGES_FR : IMPORT_MESSAGES_EN;
  const set = (text: string) => typesetIn(lang, text);
  const n = (x: number) => formatGivenNumber(x, lang);
  switch (error.kind) {
    case 'empty': return set(words.empty);
    case 'too-large': return set(words.tooLarge(n(error.characters), n(error.max)));
    case 'file-too-large': return set(words.fileTooLarge(n(error.bytes), n(error.max)));
    case 'not-json': return set(words.notJson(error.line === null || error.column === null ? null : { line: n(error.line), column: n(error.column) }));
    case 'catalog-file': return set(words.catalogFile);
    // The format and an unknown field are the file's own text: put in after the typography, never altered.
    case 'unsupported-format': return set(words.unsupportedFormat('\u0000')).replace('\u0000', error.format);
    case 'shape': {
      const field = error.error.problem === 'unknown-field' ? String(error.error.path.at(-1)).slice(0, 64) : null;
      return field === null ? set(words.shape(error.error, n)) : set(words.unknownField('\u0000')).replace('\u0000', field);
    }
    case 'configuration': {
      const e = error.error;
      const id = 'module' in e ? e.module : 'qualification' in e ? e.qualification : '';
      const list = (xs: number[]) => formatList(xs.map(n), lang, 'disjunction');
      const said = words.share(e, error.name?.[lang] ?? id, n, list);
      // Only a decoded link fails in the other ways; should one reach here, the link's own sentence says it.
      return said === null ? lowerFirst(describeShareError(e, lang)) : set(said);
    }
    default: return error satisfies never;
  }
}
