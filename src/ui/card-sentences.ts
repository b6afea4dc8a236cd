import { importAgain } from './import-again';

/** What words a card's notes: why it is blocked or implied, why it was added, the rules it breaks. */
export type CardSentences = typeof import('../domain/engine/describe-explanation');

let sentences: CardSentences | null = null;
const told = new Set<() => void>();
const fetchSentences = importAgain(() => import('../domain/engine/describe-explanation'));

/**
 * The sentences' code once it has come, else null. It is kept off the first screen (1.1 KB gzip): a newcomer's empty
 * configuration has no card to explain. Until it comes a card shows its state and its ways out, and its sentence then.
 */
export const cardSentences = (): CardSentences | null => sentences;

/** Calls `listener` when the sentences' code comes (useSyncExternalStore's subscribe); returns what stops it. */
export function onCardSentences(listener: () => void): () => void {
  told.add(listener);
  return () => told.delete(listener);
}

/** Fetches the sentences' code (again, after a failure), and tells the cards when it has come. */
export function loadCardSentences(): Promise<void> {
  return fetchSentences().then((m) => {
    if (sentences !== null) return;
    sentences = m;
    for (const listener of told) listener();
  });
}

/** The same, a failure left for the card's next change to try again (meanwhile its note says its state alone). */
export const requestCardSentences = (): void => void loadCardSentences().catch(() => undefined);
