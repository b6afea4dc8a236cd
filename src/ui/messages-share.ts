/**
 * What the page says when code it loads on demand does not arrive (load.*). A share link's words load with its code
 * (link-notices.ts, share-panel-words.ts). French first.
 */
export const shareFr = {
  'load.part': 'Cette partie de la page n’a pas pu être chargée (connexion interrompue ?).',
  'load.retry': 'Réessayer',
  'load.reload': 'Recharger la page (votre devis est conservé)',
  'load.stuck': 'Une partie de la page ne se charge plus, même en réessayant : le navigateur garde l’échec jusqu’au rechargement.',
} as const;
