import type { DraftWatch } from './draft-storage';

/** The code that tells about the saved draft after the first screen, loaded when there is something to tell. */
export const draftNews = () => import('./draft-news');

/** The saver's news, told by that code: the first screen carries these few lines. */
export const draftWatch: DraftWatch = {
  troubled: (store, failure) => void draftNews().then((m) => m.sayDraftTrouble(store, failure)),
};
