import type { DraftDesk } from './boot';
import type { DraftWatch } from './draft-storage';

/** The code that tells about the saved draft after the first screen, loaded when there is something to tell. */
export const draftNews = () => import('./draft-news');

/** The saver's news, told by that code: the first screen carries these few lines. */
export const draftWatch = (desk: DraftDesk): DraftWatch => ({
  troubled: (store, failure) => void draftNews().then((m) => m.sayDraftTrouble(store, failure)),
  otherTab: (store, text, first) => void draftNews().then((m) => m.sayOtherTabSaved(desk, store, text, first)),
  otherTabCaughtUp: (store) => void draftNews().then((m) => m.withdrawOtherTabSaved(store)),
  overwrote: (previous) => void draftNews().then((m) => m.forgetSuperseded(previous)),
  erasedElsewhere: (store) => void import('./erase-browser-data').then((m) => desk.switchStore(m.startOverAfterErasedElsewhere(desk.catalog, store))),
});
