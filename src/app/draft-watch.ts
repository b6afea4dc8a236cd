import type { DraftWatch } from './draft-storage';

/** The saver's news, told by code loaded only when there is news: the first screen carries these few lines. */
export const draftWatch: DraftWatch = {
  troubled: (store, trouble) => void import('./draft-trouble').then((m) => m.sayDraftTrouble(store, trouble)),
};
