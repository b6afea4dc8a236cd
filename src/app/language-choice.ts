import { LANGUAGES, preferredLanguage, type Language } from '../domain/language';
import type { ConfiguratorStore } from '../store/configurator-store';
import { storage } from './draft-storage';

export const LANGUAGE_KEY = 'collabnext.lang';

/** The language the buyer chose with the switch, if they did (kept apart from the draft: it outlives it). */
export function chosenLanguage(): Language | null {
  try {
    const kept = storage()?.getItem(LANGUAGE_KEY);
    return LANGUAGES.find((l) => l === kept) ?? null;
  } catch {
    return null;
  }
}

/** The language to start in: the one chosen with the switch, else the browser's preference, else French. */
export function startingLanguage(): Language {
  return chosenLanguage() ?? preferredLanguage(typeof navigator === 'undefined' ? [] : navigator.languages ?? [navigator.language]);
}

/** Remembers each language switch, so a reload opens the page in the language the buyer picked. */
export function keepLanguageChoice(store: ConfiguratorStore): () => void {
  return store.subscribe((state, previous) => {
    if (state.lang === previous.lang) return;
    try {
      storage()?.setItem(LANGUAGE_KEY, state.lang);
    } catch {
      // Storage disabled: the switch still works for this visit.
    }
  });
}
