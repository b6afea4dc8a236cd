// Loaded with the Share button's code (share-copy.ts): what the panel says once the button is pressed is
// never needed before, so its words are not in the first screen's dictionary.
import type { CustomerDetails } from '../domain/customer';
import { nameCustomerFields } from '../domain/customer-field-names';
import type { Language } from '../domain/language';
import { formatNumber } from '../domain/locale-format';
import { customerLinkLosses, MAX_TEXT_BYTES } from '../domain/share-text';
import { dictionary, fill } from './messages';

const FR = {
  copied: 'Lien copié',
  copyManually: 'Copiez ce lien',
  linkLabel: 'Lien de partage',
  'cut.one': 'Coordonnée raccourcie à {bytes} octets dans le lien : {fields}.',
  cut: 'Coordonnées raccourcies à {bytes} octets dans le lien : {fields}.',
  stripped: 'Caractères de contrôle invisibles laissés hors du lien : {fields}.',
};

const EN: Record<keyof typeof FR, string> = {
  copied: 'Link copied',
  copyManually: 'Copy this link',
  linkLabel: 'Share link',
  'cut.one': 'Detail cut to {bytes} bytes in the link: {fields}.',
  cut: 'Details cut to {bytes} bytes in the link: {fields}.',
  stripped: 'Invisible control characters left out of the link: {fields}.',
};

const WORDS = dictionary(FR, EN);

/** What the Share panel says about a link it made, in the page's language at the time it is read. */
export interface SharedWords {
  /** « Lien copié » or « Copiez ce lien », then which customer details the link does not carry whole. */
  status: string[];
  /** The name of the field that shows the link to copy by hand. */
  linkLabel: string;
}

/**
 * The words for a link just made: whether it is on the clipboard and, when customer details went in,
 * those it does not carry whole (« Coordonnée raccourcie à 400 octets dans le lien : adresse. »). The
 * receiver's side is unchanged: the link holds the details as cut.
 */
export function sharedWords(copied: boolean, customer: CustomerDetails | null): (lang: Language) => SharedWords {
  const { cut, stripped } = customer ? customerLinkLosses(customer) : { cut: [], stripped: [] };
  return (lang) => {
    const words = WORDS[lang];
    const status = [copied ? words.copied : words.copyManually];
    const fields = (named: typeof cut) => nameCustomerFields(named, lang);
    if (cut.length > 0) status.push(fill(words[cut.length === 1 ? 'cut.one' : 'cut'], { bytes: formatNumber(MAX_TEXT_BYTES, lang), fields: fields(cut) }));
    if (stripped.length > 0) status.push(fill(words.stripped, { fields: fields(stripped) }));
    return { status, linkLabel: words.linkLabel };
  };
}
