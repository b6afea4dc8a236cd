import { calendarDateOf } from '../domain/devis-dates';
import { configurationNumber } from '../domain/devis-number';
import type { Devis } from '../domain/devis-types';
import { devisCsv } from '../domain/quote-csv';
import { quoteExportJson } from '../domain/quote-export';
import type { Language } from '../domain/language';
import { fail, ok, type Result } from '../domain/result';
import { devisOf, type DevisFacts, type DevisProblem } from './devis-source';
import { importAgain } from './import-again';

const loadDevisPdf = importAgain(() => import('./devis-pdf'), 'devisPdfFile');

/** Loaded with `import()` when a document is asked for, so none of this counts in the first screen. */

export type DocumentKind = 'pdf' | 'csv' | 'json';

export interface DocumentFile {
  name: string;
  blob: Blob;
  devis: Devis;
  /** The characters of the devis the file prints as « ? » (the PDF's fonts lack them); none in a CSV or JSON file. */
  unprintable: readonly string[];
}

async function content(kind: DocumentKind, facts: DevisFacts, devis: Devis, now: Date): Promise<{ blob: Blob; unprintable: readonly string[] }> {
  switch (kind) {
    case 'pdf': {
      const { devisPdfFile } = await loadDevisPdf();
      const { bytes, unprintable } = await devisPdfFile(devis);
      return { blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }), unprintable };
    }
    case 'csv': return { blob: new Blob([devisCsv(devis)], { type: 'text/csv;charset=utf-8' }), unprintable: [] };
    case 'json': {
      const { quote } = facts;
      return { blob: new Blob([quote.ok ? quoteExportJson(facts.configuration, quote.value, now, facts.valid) : ''], { type: 'application/json' }), unprintable: [] };
    }
    default: return kind satisfies never;
  }
}

/** What a devis is called in its file's name, in the document's language. */
const FILE_WORD: Record<Language, string> = { fr: 'devis', en: 'quote' };

/**
 * A document's file name: the devis number (`devis-CN-….pdf`, `quote-CN-….pdf` in English). The JSON export carries no customer detail, so it is named from the
 * configuration alone (the number of a devis without a customer): a name counting the customer would let someone
 * holding the file check a guess of who the customer is.
 */
function fileName(kind: DocumentKind, facts: DevisFacts, devis: Devis): string {
  switch (kind) {
    case 'pdf': return `${FILE_WORD[devis.lang]}-${devis.number}.pdf`;
    case 'csv': return `${FILE_WORD[devis.lang]}-${devis.number}.csv`;
    case 'json': return `configuration-${configurationNumber(facts.configuration, devis.issuedOn, facts.catalog.version)}.json`;
    default: return kind satisfies never;
  }
}

/** The file of one document of the current quote, named after the devis number. */
export async function documentFile(kind: DocumentKind, facts: DevisFacts, now: Date, pageUrl: string): Promise<Result<DocumentFile, DevisProblem>> {
  const devis = devisOf(facts, calendarDateOf(now), pageUrl);
  if (!devis.ok) return fail(devis.error);
  return ok({ name: fileName(kind, facts, devis.value), ...(await content(kind, facts, devis.value, now)), devis: devis.value });
}
