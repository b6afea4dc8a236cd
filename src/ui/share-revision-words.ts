// Loaded with the older-revision banner (itself loaded only when a link opens an older catalog revision)
// and with a draft carried over from one: never needed for the first screen, so not in its dictionary.
import { wordsOf } from './messages';

const FR = {
  'revision.title': 'Devis établi sur le catalogue {version}',
  'revision.body': 'Les prix sont ceux de ce catalogue, au centime près, comme lorsque le lien a été créé. Le catalogue du jour est le {current}.',
  'revision.compare': 'Re-chiffrer sur le catalogue du jour',
  'revision.switch': 'Passer au catalogue du jour ({current})',
  'diff.title': 'Ce qui change sur le catalogue {current}',
  'diff.nothing': 'Aucun module retiré, aucun prix modifié : le devis est le même.',
  'diff.changes': 'Modules retirés et ajustements',
  'diff.prices': 'Prix modifiés (par mois, HT)',
  'diff.module': 'Module',
  'diff.before': 'Catalogue {version}',
  'diff.after': 'Catalogue {version}',
  'diff.setup': 'mise en service {amount}',
  'diff.unpriceable': 'non chiffrable',
  'diff.termRate': 'Remise d’engagement sur {duration} : {before} → {after}',
  'diff.bundleRate': 'Remise multi-tiroirs : {before} → {after}',
  'diff.vatRate': 'Taux de TVA : {before} → {after} (les montants TTC changent)',
  'diff.approvalNeeded': 'La remise commerciale de {rate} demandera une validation (seuil : {threshold}).',
  'diff.approvalLifted': 'La remise commerciale de {rate} ne demandera plus de validation (seuil : {threshold}).',
  'diff.renamed': '« {before} » s’appelle désormais « {after} ».',
  'diff.monthlyNet': 'Total mensuel HT : {before} → {after}',
  'diff.conflicts': 'Règles qui ne seraient plus respectées',
};

const EN: Record<keyof typeof FR, string> = {
  'revision.title': 'Quote made on catalogue {version}',
  'revision.body': 'Prices are this catalogue’s, to the cent, as when the link was made. Today’s catalogue is {current}.',
  'revision.compare': 'Re-price on today’s catalogue',
  'revision.switch': 'Switch to today’s catalogue ({current})',
  'diff.title': 'What changes on catalogue {current}',
  'diff.nothing': 'No module withdrawn, no price changed: the quote is the same.',
  'diff.changes': 'Withdrawn modules and adjustments',
  'diff.prices': 'Price changes (per month, excl. VAT)',
  'diff.module': 'Module',
  'diff.before': 'Catalogue {version}',
  'diff.after': 'Catalogue {version}',
  'diff.setup': 'set-up {amount}',
  'diff.unpriceable': 'cannot be priced',
  'diff.termRate': 'Commitment discount over {duration}: {before} → {after}',
  'diff.bundleRate': 'Multi-drawer discount: {before} → {after}',
  'diff.vatRate': 'VAT rate: {before} → {after} (amounts incl. VAT change)',
  'diff.approvalNeeded': 'The {rate} sales discount will need approval (threshold: {threshold}).',
  'diff.approvalLifted': 'The {rate} sales discount will no longer need approval (threshold: {threshold}).',
  'diff.renamed': '“{before}” is now called “{after}”.',
  'diff.monthlyNet': 'Monthly total excl. VAT: {before} → {after}',
  'diff.conflicts': 'Rules that would no longer be met',
};

/** What the page says about a quote priced on an older catalog revision, in a language: `revisionWords(lang)('diff.title', { current })`. */
export const revisionWords = wordsOf(FR, EN);
