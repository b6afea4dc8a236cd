import { asFieldTitle, CUSTOMER_FIELD_NAMES } from './customer-field-names';
import { deName } from './french-de';
import type { ShareMessages } from './share-messages';

const again = 'Copiez à nouveau le lien complet depuis le message d’origine.';
/** The checksum is right, the content is not (links open on the revision they name): the link came whole, but no configurator made it. */
const remade = 'Ce lien n’a pas été fait par le configurateur (sa somme de contrôle est juste, pas son contenu) : demandez à son auteur de le refaire depuis la page.';
const what = { 'number': 'un nombre', 'quantity': 'une quantité', 'term': 'une durée d’engagement', 'sales-discount': 'une remise commerciale' };
const large = { items: 'modules', requirements: 'qualifications exigées', id: 'caractères dans un identifiant' };
const detail = {
  'ends-early': 'il s’arrête trop tôt', 'trailing-data': 'des données en trop à la fin', 'bad-token': 'un mot inconnu',
  'bad-id': 'un identifiant invalide', 'bad-revision': 'une révision de catalogue invalide', 'bad-sector': 'un secteur invalide',
};
/** The customer details as the Documents panel and the saved draft's notices name them. */
const field = { ...CUSTOMER_FIELD_NAMES.fr, sector: 'secteur' };
const text = { 'utf8': 'n’est pas un texte UTF-8 valide', 'too-long': 'est trop long', 'control-character': 'contient des caractères de contrôle' };

export const SHARE_MESSAGES_FR: ShareMessages = {
  'empty': () => 'Il n’y a aucun code de partage à ouvrir.',
  'no-code': () => 'Ce lien ne contient aucune configuration (rien après « # »).',
  'not-a-share-code': () => 'Ce n’est pas un code de partage CollabNext.',
  'unsupported-version': (e) => `Ce lien vient d’une version plus récente du configurateur (format de code ${e.version}) ; rechargez la page pour la mettre à jour.`,
  'bad-character': (e, w) => `Le lien contient un caractère qui n’en fait pas partie (${e.character}, en position ${w.n(e.position)}). ${again}`,
  'too-long': (e, w) => `Le code est trop long (${w.n(e.length)} caractères, au plus ${w.n(e.max)}) ; il n’a pas été lu.`,
  'wrong-length': () => `Le lien est incomplet : des caractères manquent (ou ont été ajoutés) à la fin. ${again}`,
  'corrupted': () => `Le lien a été modifié ou abîmé (sa somme de contrôle ne correspond pas). ${again}`,
  'malformed': (e) => `Le code n’est pas une configuration valide (${detail[e.detail]}), bien que sa somme de contrôle soit juste : il a sans doute été forgé.`,
  'too-large': (e, w) => `Le code contient trop de ${large[e.what]} (${w.n(e.count)}, au plus ${w.n(e.max)}).`,
  'out-of-range': (e) => `Le code contient ${what[e.what]} impossible.`,
  'invalid-text': (e) => `L’information client « ${asFieldTitle(field[e.field])} » ${text[e.problem]} ; le lien n’a pas été ouvert.`,
  'wrong-catalog': (e) => `Cette configuration a été faite sur le catalogue ${e.revision}, pas sur le catalogue ${e.catalog}.`,
  'unknown-module': (e) => `Le lien cite un module que ce catalogue ne propose pas : ${e.module}. ${remade}`,
  'duplicate-module': (e, w) => `Le lien cite deux fois le module ${w.name(e.module)}. ${remade}`,
  'quantity-out-of-range': (e, w) => `La quantité ${deName(w.name(e.module))} doit être comprise entre ${w.n(e.min)} et ${w.n(e.max)} ; le lien indique ${w.n(e.quantity)}. ${remade}`,
  'quantity-off-step': (e, w) => `La quantité ${deName(w.name(e.module))} se commande par ${w.n(e.step)} à partir de ${w.n(e.min)} ; le lien indique ${w.n(e.quantity)}. ${remade}`,
  'unknown-term': (e, w) => `L’engagement de ${w.n(e.months)} mois n’est pas proposé (durées possibles : ${w.terms(e.available)} mois). ${remade}`,
  'unknown-qualification': (e) => `Le lien exige une qualification que ce catalogue ne connaît pas : ${e.qualification}. ${remade}`,
  'duplicate-qualification': (e, w) => `Le lien exige deux fois la qualification ${w.name(e.qualification)}. ${remade}`,
};
