// Loaded with the later parts (later-parts.ts): the words of the quote's figures and details and of the cards' ways out
// and suggestions are not in the first screen's dictionary.
import { isSingular, type Language } from '../domain/language';
import { wordsOf } from './messages';
import { useConfigurator } from './store-context';

const FR = {
  'quote.invalid.title': 'Cette configuration ne peut pas être commandée en l’état',
  'quote.invalid.body': 'Elle reste chiffrée pour information. Corrigez les points signalés dans la configuration pour pouvoir la commander.',
  'quote.invalid.show': 'Voir les points à corriger',
  'quote.drawers.one': '{count} tiroir',
  'quote.drawers.other': '{count} tiroirs',
  'quote.lines.title': 'Abonnement mensuel (récurrent)',
  'quote.lines.caption': 'Lignes du devis : {drawer}',
  'quote.line.quantity': '{quantity} {unit}',
  'quote.line.unitPrice': '{price} HT / {unit}',
  'quote.line.flat': 'Forfait mensuel',
  'quote.line.tiered': 'Tarif par paliers',
  'quote.line.setup': '+ {price} HT de mise en service',
  'quote.tiers.summary': 'Détail des paliers',
  'quote.tiers.graduated': 'Unités {first} à {last} : {units} × {price}',
  'quote.tiers.graduated.one': 'Unité {first} : {units} × {price}',
  'quote.tiers.volume': 'Palier atteint : {units} × {price}',
  'quote.tiers.flatFee': 'Forfait du palier',
  'quote.discounts.title': 'Du prix catalogue au net',
  'quote.recurring': 'Prix catalogue mensuel HT',
  'quote.commitment': "Remise d'engagement ({rate})",
  'quote.commitment.detail': 'Engagement de {duration}',
  'quote.bundle': 'Remise multi-tiroirs ({rate})',
  'quote.bundle.detail': '{drawers} dans le devis',
  'quote.bundle.next': 'Ajoutez {drawers} pour obtenir {rate}',
  'quote.sales': 'Remise commerciale ({rate})',
  'quote.sales.approval': 'Au-delà du seuil de {threshold} : devis à faire approuver par la direction commerciale',
  'quote.vat': 'TVA ({rate})',
  'quote.monthlyGross': 'Total mensuel TTC',
  'quote.setup.title': 'Frais de mise en service (une seule fois)',
  'quote.setupNet': 'Total mise en service HT',
  'quote.setupGross': 'Total mise en service TTC',
  'quote.horizon.title': 'Sur la durée',
  'quote.firstYear': 'Première année HT',
  'quote.firstYear.detail': '12 mois et mise en service',
  'quote.firstYear.detail.renewed': '12 mois, contrat reconduit, et mise en service',
  'quote.contract': 'Total du contrat HT',
  'quote.contract.detail': '{duration} et mise en service',
  'suggestion.goesWith': 'Va bien avec {options}.',
  'action.swap': 'Prendre {name} à la place',
  'action.swapForAll': 'Prendre {name} à la place de ces {count}\u00A0modules',
  'action.removeAndWaive': 'Retirer {modules} et ne plus exiger {qualifications}',
} as const;

/** Exported for the wording tests (British English). */
export const LATER_PARTS_WORDS_EN: Record<keyof typeof FR, string> = {
  'quote.invalid.title': 'This configuration cannot be ordered as it stands',
  'quote.invalid.body': 'It is still priced for information. Fix the issues flagged in the configuration to be able to order it.',
  'quote.invalid.show': 'Show what to fix',
  'quote.drawers.one': '{count} drawer',
  'quote.drawers.other': '{count} drawers',
  'quote.lines.title': 'Monthly subscription (recurring)',
  'quote.lines.caption': 'Quote lines: {drawer}',
  'quote.line.quantity': '{quantity} {unit}',
  'quote.line.unitPrice': '{price} excl. VAT / {unit}',
  'quote.line.flat': 'Monthly flat price',
  'quote.line.tiered': 'Tiered price',
  'quote.line.setup': '+ {price} excl. VAT one-time set-up fee',
  'quote.tiers.summary': 'Tier breakdown',
  'quote.tiers.graduated': 'Units {first} to {last}: {units} × {price}',
  'quote.tiers.graduated.one': 'Unit {first}: {units} × {price}',
  'quote.tiers.volume': 'Tier reached: {units} × {price}',
  'quote.tiers.flatFee': 'Tier flat fee',
  'quote.discounts.title': 'From list price to net',
  'quote.recurring': 'Monthly list price excl. VAT',
  'quote.commitment': 'Commitment discount ({rate})',
  'quote.commitment.detail': 'Commitment term: {duration}',
  'quote.bundle': 'Multi-drawer discount ({rate})',
  'quote.bundle.detail': '{drawers} in the quote',
  'quote.bundle.next': 'Add {drawers} to get {rate}',
  'quote.sales': 'Sales discount ({rate})',
  'quote.sales.approval': 'Above the {threshold} threshold: the quote needs sales management approval',
  'quote.vat': 'VAT ({rate})',
  'quote.monthlyGross': 'Monthly total incl. VAT',
  'quote.setup.title': 'Set-up fees (one-time)',
  'quote.setupNet': 'Set-up total excl. VAT',
  'quote.setupGross': 'Set-up total incl. VAT',
  'quote.horizon.title': 'Over time',
  'quote.firstYear': 'First year excl. VAT',
  'quote.firstYear.detail': '12 months and set-up',
  'quote.firstYear.detail.renewed': '12 months, contract renewed, and set-up',
  'quote.contract': 'Contract total excl. VAT',
  'quote.contract.detail': '{duration} and set-up',
  'suggestion.goesWith': 'Goes well with {options}.',
  'action.swap': 'Take {name} instead',
  'action.swapForAll': 'Take {name} instead of these {count} modules',
  'action.removeAndWaive': 'Remove {modules} and stop requiring {qualifications}',
};

export type LaterPartsWord = keyof typeof FR;

/** The later parts' words in a language: `laterPartsWords(lang)('quote.vat', { rate })`. */
export const laterPartsWords = wordsOf(FR, LATER_PARTS_WORDS_EN);

/** The later parts' words in the page's language. */
export function useLaterPartsWords(): ReturnType<typeof laterPartsWords> {
  return laterPartsWords(useConfigurator((s) => s.lang));
}

/** "1 tiroir", "3 tiroirs". */
export const drawersText = (count: number, lang: Language): string =>
  laterPartsWords(lang)(isSingular(count, lang) ? 'quote.drawers.one' : 'quote.drawers.other', { count });
