// Loaded with the Share button's code (share-copy.ts), never with the first screen.
import type { CustomerDetails } from '../domain/customer';
import { nameCustomerFields } from '../domain/customer-field-names';
import type { Language } from '../domain/language';
import { formatNumber } from '../domain/locale-format';
import { customerLinkLosses, MAX_TEXT_BYTES } from '../domain/share-text';
import { dictionary, fill } from './messages';

const FR = {
  'cut.one': 'Coordonnée raccourcie à {bytes} octets dans le lien : {fields}.',
  cut: 'Coordonnées raccourcies à {bytes} octets dans le lien : {fields}.',
  stripped: 'Caractères de contrôle invisibles laissés hors du lien : {fields}.',
};

const EN: Record<keyof typeof FR, string> = {
  'cut.one': 'Detail cut to {bytes} bytes in the link: {fields}.',
  cut: 'Details cut to {bytes} bytes in the link: {fields}.',
  stripped: 'Invisible control characters left out of the link: {fields}.',
};

const WORDS = dictionary(FR, EN);

/**
 * What the sender is told when a link does not carry the customer details whole (« Coordonnée raccourcie
 * à 400 octets dans le lien : adresse. »), in the page's language at the time it is read; null when it
 * carries them whole. The receiver's side is unchanged: the link holds the details as cut.
 */
export function linkLossNote(customer: CustomerDetails): ((lang: Language) => string) | null {
  const { cut, stripped } = customerLinkLosses(customer);
  if (cut.length === 0 && stripped.length === 0) return null;
  return (lang) => [
    ...(cut.length === 0 ? [] : [fill(WORDS[lang][cut.length === 1 ? 'cut.one' : 'cut'], { bytes: formatNumber(MAX_TEXT_BYTES, lang), fields: nameCustomerFields(cut, lang) })]),
    ...(stripped.length === 0 ? [] : [fill(WORDS[lang].stripped, { fields: nameCustomerFields(stripped, lang) })]),
  ].join(' ');
}
