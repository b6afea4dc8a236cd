import { useSyncExternalStore } from 'react';
import { importAgain } from './import-again';

/**
 * What a newcomer's first screen does not show, so leaves out: the cards' notes (why a card is blocked, implied or added,
 * what it breaks, with their ways out and suggestions, and the sentences that say it) and the quote's figures and details
 * (VAT and gross, lines, discounts, first year), with their words. An empty configuration shows none of them. Their file
 * is 5.3 KB gzip (both languages' words); without them the first screen went from 101 599 to 99 257 bytes (French).
 */
export type LaterParts = typeof import('./later-parts-code');

/** Where the later parts' code stands: not yet asked for or on its way, come, or failed (asked again at the next change). */
export type LaterPartsStatus = { kind: 'waiting' } | { kind: 'failed' } | { kind: 'come'; parts: LaterParts };

let status: LaterPartsStatus = { kind: 'waiting' };
const told = new Set<() => void>();
const fetchParts = importAgain(() => import('./later-parts-code'), 'ModuleNotes');

const tell = (next: LaterPartsStatus) => {
  status = next;
  for (const listener of told) listener();
};

/** The later parts' code once it has come, else null: until then a card says its state alone, the quote that its details are on their way. */
export const laterParts = (): LaterParts | null => (status.kind === 'come' ? status.parts : null);

const laterPartsStatus = (): LaterPartsStatus => status;

/** Calls `listener` when the later parts' code comes or fails (useSyncExternalStore's subscribe); returns what stops it. */
function onLaterParts(listener: () => void): () => void {
  told.add(listener);
  return () => told.delete(listener);
}

/** Fetches the later parts' code (again, after a failure), and tells the page when it has come or failed. */
export function loadLaterParts(): Promise<void> {
  if (status.kind === 'failed') tell({ kind: 'waiting' });
  return fetchParts().then(
    (parts) => {
      if (status.kind !== 'come') tell({ kind: 'come', parts });
    },
    (error: unknown) => {
      // The callers that shared this download hear of its failure one after the other: the first says it.
      if (status.kind === 'waiting') tell({ kind: 'failed' });
      throw error;
    },
  );
}

/** The same, a failure left for the next change to try again (or the quote's « Réessayer »). */
export const requestLaterParts = (): void => void loadLaterParts().catch(() => undefined);

/** The later parts' code as it stands, drawn again when it comes or fails. */
export const useLaterPartsStatus = (): LaterPartsStatus => useSyncExternalStore(onLaterParts, laterPartsStatus);
