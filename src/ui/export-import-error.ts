import { deName } from '../domain/french-de';
import type { Language } from '../domain/language';
import type { ImportError } from '../domain/quote-import';
import { describeShareError } from '../domain/share-messages';
import type { MessageKey, MessageParams } from './messages';

/** Why a file was not imported, in the user's words: the share link's checks, worded for a file. */
export function describeImportError(error: ImportError, lang: Language, say: (key: MessageKey, params?: MessageParams) => string): string {
  switch (error.kind) {
    case 'empty': return say('documents.import.empty');
    case 'too-large': return say('documents.import.tooLarge', { count: error.characters, max: error.max });
    case 'not-json': return say('documents.import.notJson', { detail: error.detail });
    case 'catalog-file': return say('documents.import.catalogFile');
    case 'unsupported-format': return say('documents.import.unsupportedFormat', { format: error.format });
    case 'configuration': break;
    default: return error satisfies never;
  }
  const e = error.error;
  switch (e.kind) {
    case 'unknown-module': return say('documents.import.unknownModule', { module: e.module });
    case 'duplicate-module': return say('documents.import.duplicateModule', { module: e.module });
    case 'quantity-out-of-range': return say('documents.import.quantityOutOfRange', { quantity: e.quantity, module: e.module, deModule: deName(e.module), min: e.min, max: e.max });
    case 'quantity-off-step': return say('documents.import.quantityOffStep', { quantity: e.quantity, module: e.module, deModule: deName(e.module), min: e.min, step: e.step });
    case 'unknown-term': return say('documents.import.unknownTerm', { months: e.months, available: e.available.join(', ') });
    case 'unknown-qualification': return say('documents.import.unknownQualification', { qualification: e.qualification });
    case 'duplicate-qualification': return say('documents.import.duplicateQualification', { qualification: e.qualification });
    case 'invalid-configuration': return say('documents.import.invalid', { detail: e.detail });
    // Only a decoded link can fail in the other ways; should one ever reach here, the link's own sentence says it.
    default: return describeShareError(e, lang);
  }
}
