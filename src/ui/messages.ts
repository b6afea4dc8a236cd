import type { Language } from '../domain/language';

/** Every string the interface shows, French first. Parameters are written {name}. */
const fr = {
  'app.title': 'Configurateur CollabNext',
  'app.tagline': 'Une offre numérique souveraine, un seul interlocuteur.',
  'app.sovereignty': 'Cette page ne contacte aucun tiers : votre configuration reste dans votre navigateur.',
  'app.loading': 'Chargement du catalogue…',
  'language.label': 'Langue',
  'language.fr': 'Français',
  'language.en': 'English',
  'catalog.revision': 'Catalogue {version}',
  'catalog.empty': 'Ce catalogue ne propose aucun module.',
  'drawer.selectOne': 'Un module au choix',
  'drawer.selectMany': 'Plusieurs modules possibles',
  'module.vendor': 'Éditeur : {vendor}',
  'module.priceFromUnit': 'à partir de {price} HT / {unit} / mois',
  'module.pricePerUnit': '{price} HT / {unit} / mois',
  'module.priceFlat': '{price} HT / mois',
  'module.priceAtMin': '{price} HT / mois pour {quantity} {unit}',
  'module.setupFee': '+ {price} HT de mise en service',
  'module.qualifications': 'Qualifications',
  'module.publicPrice': 'prix public',
  'module.illustrativePrice': 'prix indicatif',
} as const;

export type MessageKey = keyof typeof fr;

const en: Record<MessageKey, string> = {
  'app.title': 'CollabNext configurator',
  'app.tagline': 'One sovereign digital offer, one counterpart.',
  'app.sovereignty': 'This page contacts no third party: your configuration stays in your browser.',
  'app.loading': 'Loading the catalog…',
  'language.label': 'Language',
  'language.fr': 'Français',
  'language.en': 'English',
  'catalog.revision': 'Catalog {version}',
  'catalog.empty': 'This catalog offers no module.',
  'drawer.selectOne': 'Choose one module',
  'drawer.selectMany': 'Several modules allowed',
  'module.vendor': 'Vendor: {vendor}',
  'module.priceFromUnit': 'from {price} excl. VAT / {unit} / month',
  'module.pricePerUnit': '{price} excl. VAT / {unit} / month',
  'module.priceFlat': '{price} excl. VAT / month',
  'module.priceAtMin': '{price} excl. VAT / month for {quantity} {unit}',
  'module.setupFee': '+ {price} excl. VAT one-time setup',
  'module.qualifications': 'Qualifications',
  'module.publicPrice': 'public price',
  'module.illustrativePrice': 'illustrative price',
};

export const MESSAGES: Record<Language, Record<MessageKey, string>> = { fr, en };

export type MessageParams = Record<string, string | number>;

export function translate(lang: Language, key: MessageKey, params: MessageParams = {}): string {
  return MESSAGES[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
