/**
 * Share links: the Share button, opening a link, the older-revision banner; and what the page says when
 * code it loads on demand does not arrive (load.*). French first; parameters are written {name}.
 */
export const shareFr = {
  'share.title': 'Partager ce devis',
  'share.button': 'Copier le lien de partage',
  'share.includeCustomer': 'Inclure les coordonnées du client',
  'share.privacy': 'Un lien ne contient aucune donnée personnelle, sauf si vous cochez cette case.',
  'share.notice.nothingDropped': 'Rien n’a été retiré.',
  'share.notice.repriced': 'Devis re-chiffré sur le catalogue du jour ({version}). {changes}',
  'load.part': 'Cette partie de la page n’a pas pu être chargée (connexion interrompue ?).',
  'load.retry': 'Réessayer',
} as const;
