/**
 * Share links: opening a link, a re-price (the Share panel's words load with it: share-panel-words.ts); and what the page says when
 * code it loads on demand does not arrive (load.*). French first; parameters are written {name}.
 */
export const shareFr = {
  'share.notice.nothingDropped': 'Rien n’a été retiré.',
  'share.notice.repriced': 'Devis re-chiffré sur le catalogue du jour ({version}). {changes}',
  'load.part': 'Cette partie de la page n’a pas pu être chargée (connexion interrompue ?).',
  'load.retry': 'Réessayer',
} as const;
