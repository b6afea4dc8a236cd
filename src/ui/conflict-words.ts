// Loaded with the conflict banner's details and its repairs (lazy parts): not in the first screen's dictionary.
import { wordsOf } from './messages';

const FR = {
  /** The banner's points beyond the first ones, folded: « Voir les 81 autres points ». */
  'conflict.morePoints': 'Voir les {count} autres points',
  /** A repair's list of names beyond the first ones: « Retirer A, B, C et 77 autres ». */
  'repair.moreNames': '{count} autres',
};

const EN: Record<keyof typeof FR, string> = {
  'conflict.morePoints': 'Show the {count} other points',
  'repair.moreNames': '{count} others',
};

/** The conflict banner's own words in a language: `conflictWords(lang)('conflict.morePoints', { count })`. */
export const conflictWords = wordsOf(FR, EN);
