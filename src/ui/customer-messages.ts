import { groupedCompanyId } from '../domain/company-ids';
import { decodeMessage, type CustomerErrorKey } from '../domain/customer-message';
import { formatNumber } from '../domain/locale-format';
import { dictionary } from './messages';

/** The customer form's texts, French first. Parameters are written {name}. */

const frLabels = {
  'customer.title': 'Client et devis',
  'customer.field.company': 'Raison sociale',
  'customer.field.siret': 'SIREN ou SIRET',
  'customer.hint.siret': 'Entreprise française : 9 chiffres (SIREN) ou 14 chiffres (SIRET), espaces, points ou tirets acceptés. Entreprise d’un autre État de l’UE ou de Monaco : laissez vide, son numéro de TVA intracommunautaire l’identifie.',
  'customer.field.vatNumber': 'Numéro de TVA intracommunautaire (facultatif)',
  'customer.hint.vatNumber': 'Code du pays puis numéro, par exemple FR68900000001 ou BE0403170701. Facultatif pour une entreprise française ; pour une entreprise d’un autre État de l’UE ou de Monaco, il remplace le SIREN.',
  'customer.field.contactName': 'Nom du contact',
  'customer.field.email': 'Adresse e-mail',
  'customer.field.phone': 'Téléphone (facultatif)',
  'customer.hint.phone': '0X XX XX XX XX, ou + et l’indicatif du pays pour l’étranger.',
  'customer.pasteCut': 'Le texte collé comptait {pasted} caractères : seuls les {kept} premiers tiennent dans ce champ. Vérifiez sa fin.',
  'customer.pasteFull': 'Ce champ est plein : le texte collé n’y a pas été ajouté.',
  'customer.field.address': 'Adresse postale',
  'customer.field.sector': 'Secteur',
  'customer.sector.public': 'Public',
  'customer.sector.private': 'Privé',
  'customer.field.reference': 'Référence client (facultatif)',
  'customer.hint.reference': '40 caractères au plus.',
} as const;

export type CustomerLabelKey = keyof typeof frLabels;
export type CustomerTextKey = CustomerLabelKey | CustomerErrorKey;

const frErrors: Record<CustomerErrorKey, string> = {
  'customer.invalid': 'Cette valeur n’est pas valide : vérifiez-la.',
  'customer.company.required': 'Indiquez la raison sociale du client.',
  'customer.siret.required': 'Indiquez le SIREN (9 chiffres) ou le SIRET (14 chiffres) du client ; pour une entreprise d’un autre État de l’UE ou de Monaco, indiquez plutôt son numéro de TVA intracommunautaire ci-dessous.',
  'customer.siret.invalidChar': 'Un SIREN ou un SIRET ne contient que des chiffres : retirez « {char} ».',
  'customer.siren.length': 'Le SIREN compte 9 chiffres ; vous en avez saisi {count}.',
  'customer.siret.length': 'Le SIRET compte 14 chiffres ; vous en avez saisi {count}.',
  'customer.siren.luhn': 'Le SIREN {siren} n’existe pas : sa clé de contrôle est fausse. Vérifiez les 9 premiers chiffres (un chiffre mal recopié ou deux chiffres inversés).',
  'customer.siret.nic': 'Le SIREN {siren} est correct, mais pas le numéro d’établissement (les 5 derniers chiffres) : vérifiez-les, ou ne saisissez que le SIREN.',
  'customer.siret.laPoste': 'Ce SIRET d’un établissement de La Poste n’est pas valide : la somme de ses 14 chiffres doit être un multiple de 5. Vérifiez les 5 derniers chiffres.',
  'customer.siren.zero': 'Le SIREN 000 000 000 n’est celui d’aucune entreprise : saisissez celui du client (extrait Kbis, avis de situation SIRENE).',
  'customer.vat.noCountry': 'Commencez le numéro de TVA par le code du pays, par exemple FR pour la France.',
  'customer.vat.unknownCountry': '{country} n’est pas le préfixe d’un pays de l’Union européenne : saisissez un numéro de TVA intracommunautaire (FR, DE, BE…) ou laissez le champ vide.',
  'customer.vat.greecePrefix': 'Pour la Grèce, le numéro de TVA commence par EL et non par GR : remplacez GR par EL.',
  'customer.vat.monacoPrefix': 'Monaco relève de la TVA française : son numéro de TVA commence par FR et non par MC (FR53000004605) ; remplacez MC par FR.',
  'customer.vat.format': 'Ce numéro n’a pas la forme d’un numéro de TVA {country} : il doit ressembler à {sample}.',
  'customer.vat.frSiren': 'Les 9 derniers chiffres du numéro de TVA ({siren}) ne forment pas un SIREN valide : vérifiez-les.',
  'customer.vat.frKey': 'La clé de TVA ne correspond pas au SIREN {siren} : attendu {expected}.',
  'customer.vat.monacoKey': 'La clé de TVA ne correspond pas au numéro monégasque {number} : attendu {expected}.',
  'customer.vat.otherCompany': 'Ce numéro de TVA n’est pas celui du SIREN {siren} saisi plus haut : attendu {expected}. Corrigez l’un ou l’autre.',
  'customer.contactName.required': 'Indiquez le nom de la personne à contacter.',
  'customer.email.required': 'Indiquez l’adresse e-mail du contact.',
  'customer.email.invalid': 'Cette adresse e-mail est incomplète : elle doit ressembler à nom@entreprise.fr.',
  'customer.email.accents': 'Les lettres accentuées avant le @ sont refusées par la plupart des messageries : écrivez par exemple {suggestion}.',
  'customer.email.localTooLong': 'Une adresse e-mail compte au plus 64 caractères avant le @ ; celle-ci en a {count}. Vérifiez-la.',
  'customer.phone.invalidChar': 'Un numéro de téléphone ne contient que des chiffres, des espaces et un + au début : retirez « {char} ».',
  'customer.phone.start': 'Commencez par 0 pour un numéro français (0X XX XX XX XX), ou par + et l’indicatif du pays (+33…).',
  'customer.phone.frLength': 'Un numéro français compte 10 chiffres (0X XX XX XX XX) ; vous en avez saisi {count}.',
  'customer.phone.frTrunkZero': 'Après +33, retirez le 0 : écrivez +33 6 12 34 56 78 et non +33 06 12 34 56 78.',
  'customer.phone.frIntlLength': 'Après +33, un numéro français compte 9 chiffres ; vous en avez saisi {count}.',
  'customer.phone.intlLength': 'Un numéro international compte de 8 à 15 chiffres après le + (indicatif compris) ; vous en avez saisi {count}.',
  'customer.address.required': 'Indiquez l’adresse postale du client.',
  'customer.sector.required': 'Choisissez le secteur du client : public ou privé.',
  'customer.reference.tooLong': 'La référence compte {count} caractères ; raccourcissez-la à {max} au plus.',
  'customer.text.hiddenChar': 'Ce champ contient un caractère invisible ({code}) qui peut changer l’affichage du texte : effacez le champ et retapez-le.',
  'customer.text.invisibleChar': 'Ce champ contient un caractère invisible ({code}), souvent collé avec le texte copié : effacez le champ et retapez-le.',
};

const enLabels: Record<CustomerLabelKey, string> = {
  'customer.title': 'Customer and quote',
  'customer.field.company': 'Company name',
  'customer.field.siret': 'SIREN or SIRET',
  'customer.hint.siret': 'French company: 9 digits (SIREN) or 14 digits (SIRET); spaces, dots or hyphens are fine. Company from another EU member state or from Monaco: leave it empty, its EU VAT number identifies it.',
  'customer.field.vatNumber': 'EU VAT number (optional)',
  'customer.hint.vatNumber': 'Country code then number, for example FR68900000001 or BE0403170701. Optional for a French company; for a company from another EU member state or from Monaco, it replaces the SIREN.',
  'customer.field.contactName': 'Contact name',
  'customer.field.email': 'Email address',
  'customer.field.phone': 'Phone (optional)',
  'customer.hint.phone': '0X XX XX XX XX, or + and the country code for abroad.',
  'customer.pasteCut': 'The pasted text had {pasted} characters: only the first {kept} fit in this field. Check its end.',
  'customer.pasteFull': 'This field is full: the pasted text was not added.',
  'customer.field.address': 'Postal address',
  'customer.field.sector': 'Sector',
  'customer.sector.public': 'Public',
  'customer.sector.private': 'Private',
  'customer.field.reference': 'Customer reference (optional)',
  'customer.hint.reference': 'At most 40 characters.',
};

const enErrors: Record<CustomerErrorKey, string> = {
  'customer.invalid': 'This value is not valid: please check it.',
  'customer.company.required': 'Enter the customer’s company name.',
  'customer.siret.required': 'Enter the customer’s SIREN (9 digits) or SIRET (14 digits); for a company from another EU member state or from Monaco, enter its EU VAT number below instead.',
  'customer.siret.invalidChar': 'A SIREN or SIRET contains only digits: remove “{char}”.',
  'customer.siren.length': 'A SIREN has 9 digits; you typed {count}.',
  'customer.siret.length': 'A SIRET has 14 digits; you typed {count}.',
  'customer.siren.luhn': 'SIREN {siren} cannot exist: its check digit is wrong. Check the first 9 digits for a mistyped or swapped digit.',
  'customer.siret.nic': 'SIREN {siren} is right but the establishment number (the last 5 digits) is not: check them, or enter the SIREN alone.',
  'customer.siret.laPoste': 'This La Poste establishment SIRET is not valid: its 14 digits must add up to a multiple of 5. Check the last 5 digits.',
  'customer.siren.zero': 'SIREN 000 000 000 is no company’s: enter the customer’s (Kbis extract, SIRENE notice).',
  'customer.vat.noCountry': 'Start the VAT number with its country code, for example FR for France.',
  'customer.vat.unknownCountry': '{country} is not the prefix of an EU member state: enter an EU VAT number (FR, DE, BE…) or leave the field empty.',
  'customer.vat.greecePrefix': 'Greek VAT numbers start with EL, not GR: replace GR with EL.',
  'customer.vat.monacoPrefix': 'Monaco is under French VAT: its VAT numbers start with FR, not MC (FR53000004605); replace MC with FR.',
  'customer.vat.format': 'This does not have the shape of a VAT number starting with {country}: it should look like {sample}.',
  'customer.vat.frSiren': 'The last 9 digits of the VAT number ({siren}) are not a valid SIREN: check them.',
  'customer.vat.frKey': 'The VAT key does not match SIREN {siren}: expected {expected}.',
  'customer.vat.monacoKey': 'The VAT key does not match Monegasque number {number}: expected {expected}.',
  'customer.vat.otherCompany': 'This VAT number does not belong to SIREN {siren} entered above: expected {expected}. Correct one or the other.',
  'customer.contactName.required': 'Enter the name of the person to contact.',
  'customer.email.required': 'Enter the contact’s email address.',
  'customer.email.invalid': 'This email address is incomplete: it should look like name@company.com.',
  'customer.email.accents': 'Most mail servers refuse accented letters before the @: write, for example, {suggestion}.',
  'customer.email.localTooLong': 'An email address has at most 64 characters before the @; this one has {count}. Check it.',
  'customer.phone.invalidChar': 'A phone number holds only digits, spaces and a leading +: remove “{char}”.',
  'customer.phone.start': 'Start with 0 for a French number (0X XX XX XX XX), or with + and the country code (+33…).',
  'customer.phone.frLength': 'A French number has 10 digits (0X XX XX XX XX); you typed {count}.',
  'customer.phone.frTrunkZero': 'After +33, drop the 0: write +33 6 12 34 56 78, not +33 06 12 34 56 78.',
  'customer.phone.frIntlLength': 'After +33, a French number has 9 digits; you typed {count}.',
  'customer.phone.intlLength': 'An international number has 8 to 15 digits after the + (country code included); you typed {count}.',
  'customer.address.required': 'Enter the customer’s postal address.',
  'customer.sector.required': 'Choose the customer’s sector: public or private.',
  'customer.reference.tooLong': 'The reference has {count} characters; shorten it to {max} at most.',
  'customer.text.hiddenChar': 'This field holds an invisible character ({code}) that can change how the text is shown: clear the field and type it again.',
  'customer.text.invisibleChar': 'This field holds an invisible character ({code}), often pasted along with copied text: clear the field and type it again.',
};

/** French templates set with French typography once, before parameters are put in (what the user typed is never altered). */
export const customerMessages = dictionary<CustomerTextKey>({ ...frLabels, ...frErrors }, { ...enLabels, ...enErrors });

/** A parameter as the message shows it: a SIREN grouped as INSEE prints it (732 829 320), a count of thousands as the language writes it (2 000). */
function shown(name: string, value: string, lang: 'fr' | 'en'): string {
  if (name === 'siren') return groupedCompanyId(value);
  return /^\d{4,}$/.test(value) ? formatNumber(Number(value), lang) : value;
}

/** Says an encoded message (`key` or `key?name=value&…`) in `lang`; an unknown key reads as a generic "not valid". */
export function formatMessage(lang: 'fr' | 'en', message: string): string {
  const texts = customerMessages[lang];
  const { key, params } = decodeMessage(message);
  const template = Object.hasOwn(texts, key) ? texts[key as CustomerTextKey] : texts['customer.invalid'];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (params[name] === undefined ? whole : shown(name, params[name], lang)));
}
