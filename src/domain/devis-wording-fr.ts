import { CUSTOMER_FIELD_NAMES } from './customer-field-names';
import type { DevisWording } from './devis-wording';
import { isSingular } from './language';
import { formatNumber } from './locale-format';

/** « Page 2 / 3 ». */
const PAGE_COUNTER = { before: 'Page ', between: ' / ' };

export const DEVIS_WORDING_FR: DevisWording = {
  title: 'Devis',
  number: 'Devis n°',
  issuedOn: 'Date d’émission',
  validUntil: (days) => `Valable ${days} jours, jusqu’au`,
  catalogRevision: 'Révision du catalogue',
  seller: 'Vendeur',
  customer: 'Client',
  siren: 'SIREN',
  shareCapital: (amount) => `au capital de ${amount}`,
  sellerAddress: 'Adresse du vendeur',
  sellerLegal: 'Mentions légales du vendeur',
  vatNumber: 'N° de TVA intracommunautaire',
  email: 'E-mail',
  customerFields: {
    siret: 'SIREN / SIRET', vatNumber: 'N° de TVA intracommunautaire', contactName: 'Contact', email: 'E-mail',
    phone: 'Téléphone', address: 'Adresse', reference: 'Référence client',
  },
  fieldsToComplete: CUSTOMER_FIELD_NAMES.fr,
  toComplete: (fields) => `À compléter : ${fields}`,
  columns: { section: 'Rubrique', description: 'Désignation', vendor: 'Éditeur', quantity: 'Quantité', unit: 'Unité', unitPrice: 'Prix unitaire HT', amount: 'Montant HT' },
  recurringTitle: 'Abonnement mensuel (récurrent)',
  oneTimeTitle: 'Frais de mise en service (une seule fois)',
  continued: (title) => `${title} (suite)`,
  noOneTime: 'Aucuns frais de mise en service.',
  tiered: 'par paliers',
  tierUnits: (first, last) => (first === last ? `unité ${formatNumber(first, 'fr')}` : `unités ${formatNumber(first, 'fr')} à ${formatNumber(last, 'fr')}`),
  tierReached: 'palier atteint',
  tierFlatFee: 'forfait du palier',
  setupOf: (module) => `Mise en service — ${module}`,
  setupUnit: 'forfait',
  subtotal: 'Prix catalogue mensuel HT',
  discounts: {
    commitment: (months, rate) => `Remise d’engagement ${months} mois (${rate})`,
    bundle: (drawers, rate) => `Remise multi-tiroirs, ${drawers} ${isSingular(drawers, 'fr') ? 'tiroir' : 'tiroirs'} (${rate})`,
    sales: (rate) => `Remise commerciale (${rate})`,
  },
  monthlyNet: 'Total mensuel HT',
  vat: (rate) => `TVA ${rate}`,
  monthlyGross: 'Total mensuel TTC',
  setupNet: 'Total mise en service HT',
  setupGross: 'Total mise en service TTC',
  term: (months) => `Durée d’engagement : ${months} mois`,
  firstYearNet: (months) => `Total première année HT (12 mois${months < 12 ? ', contrat reconduit,' : ''} + mise en service)`,
  contractNet: (months) => `Total du contrat HT (${months} mois + mise en service)`,
  paymentTitle: 'Conditions de paiement',
  paymentTerms: [
    'Abonnement facturé chaque mois, terme à échoir ; frais de mise en service facturés à la signature.',
    'Paiement à 30 jours date de facture, par virement. Pas d’escompte pour paiement anticipé.',
    'Pénalités de retard : trois fois le taux d’intérêt légal ; indemnité forfaitaire pour frais de recouvrement : 40 € (art. L441-10 du Code de commerce).',
  ],
  illustrativeMark: '* Prix indicatif',
  illustrativePrices: 'Prix indicatifs, donnés à titre d’illustration : ce devis ne constitue pas une offre ferme des éditeurs.',
  warning: 'Avertissement',
  needsApproval: 'La remise commerciale dépasse le seuil autorisé : ce devis n’est valable qu’après approbation.',
  invalidConfiguration: 'La configuration enfreint des règles du catalogue : ce devis est indicatif tant qu’elle n’est pas corrigée.',
  shareTitle: 'Rouvrir cette configuration',
  shareHint: 'Ce lien rouvre la configuration dans le configurateur et recalcule le devis :',
  acceptanceTitle: 'Bon pour accord',
  acceptanceLines: [
    'Date, nom et qualité du signataire, cachet de l’entreprise,',
    'signature précédée de la mention manuscrite « Bon pour accord » :',
  ],
  page: (page, pages) => `${PAGE_COUNTER.before}${page}${PAGE_COUNTER.between}${pages}`,
  pageCounter: PAGE_COUNTER,
};
