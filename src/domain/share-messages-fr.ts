import { deName } from './french-de';
import type { ShareMessages } from './share-messages';

const again = 'Copiez à nouveau le lien complet depuis le message d’origine.';
const what = { 'number': 'un nombre', 'quantity': 'une quantité', 'term': 'une durée d’engagement', 'sales-discount': 'une remise commerciale' };
const large = { items: 'modules', requirements: 'qualifications exigées', id: 'caractères dans un identifiant' };
const detail = {
  'ends-early': 'il s’arrête trop tôt', 'trailing-data': 'des données en trop à la fin', 'bad-token': 'un mot inconnu',
  'bad-id': 'un identifiant invalide', 'bad-revision': 'une révision de catalogue invalide', 'bad-sector': 'un secteur invalide',
};
const field = {
  company: 'société', siret: 'SIRET', vatNumber: 'n° de TVA', contactName: 'nom du contact', email: 'e-mail',
  phone: 'téléphone', address: 'adresse', sector: 'secteur', reference: 'référence',
};
const text = { 'utf8': 'n’est pas un texte UTF-8 valide', 'too-long': 'est trop long', 'control-character': 'contient des caractères de contrôle' };

export const SHARE_MESSAGES_FR: ShareMessages = {
  'empty': () => 'Il n’y a aucun code de partage à ouvrir.',
  'no-code': () => 'Ce lien ne contient aucune configuration (rien après « # »).',
  'not-a-share-code': () => 'Ce n’est pas un code de partage CollabNext.',
  'unsupported-version': (e) => `Ce lien vient d’une version plus récente du configurateur (format de code ${e.version}) ; rechargez la page pour la mettre à jour.`,
  'bad-character': (e) => `Le lien contient un caractère qui n’en fait pas partie (${e.character}, en position ${e.position}). ${again}`,
  'too-long': (e) => `Le code est trop long (${e.length} caractères, au plus ${e.max}) ; il n’a pas été lu.`,
  'wrong-length': () => `Le lien est incomplet : des caractères manquent (ou ont été ajoutés) à la fin. ${again}`,
  'corrupted': () => `Le lien a été modifié ou abîmé (sa somme de contrôle ne correspond pas). ${again}`,
  'malformed': (e) => `Le code n’est pas une configuration valide (${detail[e.detail]}), bien que sa somme de contrôle soit juste : il a sans doute été forgé.`,
  'too-large': (e) => `Le code contient trop de ${large[e.what]} (${e.count}, au plus ${e.max}).`,
  'out-of-range': (e) => `Le code contient ${what[e.what]} impossible.`,
  'invalid-text': (e) => `L’information client « ${field[e.field]} » ${text[e.problem]} ; le lien n’a pas été ouvert.`,
  'wrong-catalog': (e) => `Cette configuration a été faite sur le catalogue ${e.revision}, pas sur le catalogue ${e.catalog}.`,
  'unknown-module': (e) => `Le lien cite un module que ce catalogue ne propose pas : ${e.module}.`,
  'duplicate-module': (e) => `Le lien cite deux fois le module ${e.module}.`,
  'quantity-out-of-range': (e) => `La quantité ${e.quantity} ${deName(e.module)} sort de l’intervalle ${e.min}–${e.max}.`,
  'quantity-off-step': (e) => `La quantité ${e.quantity} ${deName(e.module)} n’est pas ${e.min} plus un multiple de ${e.step}.`,
  'unknown-term': (e) => `L’engagement de ${e.months} mois n’est pas proposé (possibles : ${e.available.join(', ')}).`,
  'unknown-qualification': (e) => `Le lien exige une qualification que ce catalogue ne connaît pas : ${e.qualification}.`,
  'duplicate-qualification': (e) => `Le lien exige deux fois la qualification ${e.qualification}.`,
  'invalid-configuration': (e) => `La configuration du lien est invalide : ${e.detail}.`,
};
