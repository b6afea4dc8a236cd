// Loaded with the Share panel, which is not part of the first screen (app/deferred-sections.tsx): its words are not
// in the first screen's dictionary either.
import { wordsOf } from './messages';

const FR = {
  'share.title': 'Partager ce devis',
  'share.button': 'Copier le lien de partage',
  'share.includeCustomer': 'Inclure les coordonnées du client',
  'share.privacy': 'Un lien ne contient aucune donnée personnelle, sauf si vous cochez cette case.',
  'share.stale': 'Modifié depuis ce lien : cliquez à nouveau pour en avoir un à jour.',
};

const EN: Record<keyof typeof FR, string> = {
  'share.title': 'Share this quote',
  'share.button': 'Copy the share link',
  'share.includeCustomer': 'Include the customer details',
  'share.privacy': 'A link carries no personal data unless you tick this box.',
  'share.stale': 'Changed since this link: click again for an up-to-date one.',
};

/** The Share panel's words in a language: `sharePanelWords(lang)('share.button')`. */
export const sharePanelWords = wordsOf(FR, EN);
