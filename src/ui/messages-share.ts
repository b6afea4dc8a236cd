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
  'share.revision.title': 'Devis établi sur le catalogue {version}',
  'share.revision.body': 'Les prix sont ceux de ce catalogue, au centime près, comme lorsque le lien a été créé. Le catalogue du jour est le {current}.',
  'share.revision.compare': 'Re-chiffrer sur le catalogue du jour',
  'share.revision.switch': 'Passer au catalogue du jour ({current})',
  'share.diff.title': 'Ce qui change sur le catalogue {current}',
  'share.diff.nothing': 'Aucun module retiré, aucun prix modifié : le devis est le même.',
  'share.diff.changes': 'Modules retirés et ajustements',
  'share.diff.prices': 'Prix modifiés (par mois, HT)',
  'share.diff.module': 'Module',
  'share.diff.before': 'Catalogue {version}',
  'share.diff.after': 'Catalogue {version}',
  'share.diff.setup': 'mise en service {amount}',
  'share.diff.unpriceable': 'non chiffrable',
  'share.diff.termRate': 'Remise d’engagement sur {duration} : {before} → {after}',
  'share.diff.monthlyNet': 'Total mensuel HT : {before} → {after}',
  'share.diff.conflicts': 'Règles qui ne seraient plus respectées',
  'load.part': 'Cette partie de la page n’a pas pu être chargée (connexion interrompue ?).',
  'load.retry': 'Réessayer',
} as const;
