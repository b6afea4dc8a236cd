// Loaded with the conflict banner's details and its repairs (lazy parts): not in the first screen's dictionary.
import { wordsOf } from './messages';

const FR = {
  /** The banner's points beyond the first ones, folded: « Voir les 81 autres points ». */
  'conflict.morePoints': 'Voir les {count} autres points',
  /** A repair's list of names beyond the first ones: « Retirer A, B, C et 77 autres ». */
  'repair.moreNames': '{count} autres',
  'banner.repairs': 'Pour la corriger :',
  'repairs.none': 'Retirez l’un des modules en cause pour la rendre commandable.',
  'action.setQuantity': 'Passer {name} à {quantity} {unit}',
};

const EN: Record<keyof typeof FR, string> = {
  'conflict.morePoints': 'Show the {count} other points',
  'repair.moreNames': '{count} others',
  'banner.repairs': 'To fix it:',
  'repairs.none': 'Remove one of the modules involved to make it orderable.',
  'action.setQuantity': 'Set {name} to {quantity} {unit}',
};

/** The conflict banner's own words in a language: `conflictWords(lang)('conflict.morePoints', { count })`. */
export const conflictWords = wordsOf(FR, EN);
