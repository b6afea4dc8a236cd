import { calendarDateOf } from '../domain/devis-dates';
import type { Devis } from '../domain/devis-types';
import { devisCsv } from '../domain/quote-csv';
import { quoteExportJson } from '../domain/quote-export';
import { fail, ok, type Result } from '../domain/result';
import { devisOf, type DevisFacts, type DevisProblem } from './devis-source';

/** Loaded with `import()` when a document is asked for, so none of this counts in the first screen. */

export type DocumentKind = 'pdf' | 'csv' | 'json';

export interface DocumentFile {
  name: string;
  blob: Blob;
  devis: Devis;
}

async function content(kind: DocumentKind, facts: DevisFacts, devis: Devis, now: Date): Promise<Blob> {
  switch (kind) {
    case 'pdf': {
      const { renderDevisPdf } = await import('./devis-pdf');
      return new Blob([(await renderDevisPdf(devis)) as Uint8Array<ArrayBuffer>], { type: 'application/pdf' });
    }
    case 'csv': return new Blob([devisCsv(devis)], { type: 'text/csv;charset=utf-8' });
    case 'json': {
      const { quote } = facts;
      return new Blob([quote.ok ? quoteExportJson(facts.configuration, quote.value, now, facts.valid) : ''], { type: 'application/json' });
    }
    default: return kind satisfies never;
  }
}

const FILE_NAME: Record<DocumentKind, (number: string) => string> = {
  pdf: (n) => `devis-${n}.pdf`,
  csv: (n) => `devis-${n}.csv`,
  json: (n) => `configuration-${n}.json`,
};

/** The file of one document of the current quote, named after the devis number. */
export async function documentFile(kind: DocumentKind, facts: DevisFacts, now: Date, pageUrl: string): Promise<Result<DocumentFile, DevisProblem>> {
  const devis = devisOf(facts, calendarDateOf(now), pageUrl);
  if (!devis.ok) return fail(devis.error);
  return ok({ name: FILE_NAME[kind](devis.value.number), blob: await content(kind, facts, devis.value, now), devis: devis.value });
}
