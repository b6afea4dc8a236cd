// Loaded with the sales tools (the sales panel is a lazy part, shown once « Mode commercial » is on): their words
// are not in the first screen's dictionary either. Only the switch's own label (sales.switch) is.
import { wordsOf } from './messages';

const FR = {
  'sales.title': 'Outils commerciaux',
  'sales.notice': "Une aide pour préparer le devis, pas une protection : n'importe quel visiteur peut activer ce mode.",
  'sales.discount.label': 'Remise commerciale (%)',
  'sales.discount.hint': 'De 0 à 100 %, deux décimales au plus. Au-delà de {threshold}, le devis doit être validé.',
  'sales.discount.notANumber': "« {value} » n'est pas un pourcentage : saisissez par exemple 12,5.",
  'sales.discount.tooManyDecimals': 'Deux décimales au plus : par exemple 12,25.',
  'sales.discount.outOfRange': 'La remise doit être comprise entre 0 et 100 %.',
  'sales.discount.kept': 'La remise appliquée reste de {rate}.',
  'sales.approval': 'Remise de {rate}, au-delà du seuil de {threshold} : ce devis doit être validé par la direction commerciale avant envoi.',
  'sales.notes.label': 'Notes internes',
  'sales.notes.hint': 'Gardées dans ce navigateur avec le brouillon, jamais dans un lien ni sur le devis ; {max} caractères au plus.',
  'sales.split.title': 'Répartition du net mensuel par membre du consortium',
  'sales.split.vendor': 'Membre',
  'sales.split.recurring': 'Prix catalogue HT',
  'sales.split.net': 'Net mensuel HT',
  'sales.split.note': 'Remises réparties au prorata, au centime près : la somme des parts est égale au total mensuel HT.',
  'sales.split.empty': 'Aucun module choisi : rien à répartir.',
};

const EN: Record<keyof typeof FR, string> = {
  'sales.title': 'Sales tools',
  'sales.notice': 'An aid for preparing the quote, not a safeguard: any visitor can turn this mode on.',
  'sales.discount.label': 'Sales discount (%)',
  'sales.discount.hint': 'From 0 to 100%, at most two decimals. Above {threshold}, the quote needs approval.',
  'sales.discount.notANumber': '“{value}” is not a percentage: type for example 12.5.',
  'sales.discount.tooManyDecimals': 'At most two decimals: for example 12.25.',
  'sales.discount.outOfRange': 'The discount must be between 0 and 100%.',
  'sales.discount.kept': 'The discount applied stays at {rate}.',
  'sales.approval': 'Discount of {rate}, above the {threshold} threshold: this quote must be approved by sales management before it is sent.',
  'sales.notes.label': 'Internal notes',
  'sales.notes.hint': 'Kept in this browser with the draft, never in a link or on the quote; {max} characters at most.',
  'sales.split.title': 'Monthly net split by consortium member',
  'sales.split.vendor': 'Member',
  'sales.split.recurring': 'List price excl. VAT',
  'sales.split.net': 'Monthly net excl. VAT',
  'sales.split.note': 'Discounts allocated pro rata, to the cent: the parts add up to the monthly total excl. VAT.',
  'sales.split.empty': 'No module chosen: nothing to split.',
};

export type SalesWord = keyof typeof FR;

/** The sales tools' words in a language: `salesWords(lang)('sales.title')`. */
export const salesWords = wordsOf(FR, EN);
