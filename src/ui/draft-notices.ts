// Loaded with the code that tells about the saved draft (boot, draft-carry-over, draft-news, link opening): a first visit never needs these words.
import type { Language } from '../domain/language';
import { dictionary, fill, type MessageParams } from './messages';

const FR = {
  setAside: 'Votre brouillon enregistré n’a pas pu être relu : {reason}. Il a été mis de côté dans ce navigateur, pas effacé ; vous repartez d’une configuration vide. Refaites votre configuration, ou rouvrez un lien de partage ou un export JSON si vous en avez un.',
  notJson: 'son texte est illisible (ce n’est pas du JSON)',
  notADraft: 'ce n’est pas un brouillon du configurateur',
  repaired: 'Votre brouillon enregistré a été repris, sauf ce qui ne pouvait pas l’être. {faults} Son texte d’origine a été mis de côté dans ce navigateur, pas effacé.',
  carriedOver: 'Votre brouillon avait été fait sur une autre version du catalogue ({revision}) ; il a été reporté sur le catalogue {version}. {changes}',
  priceChanged: '{name} : {before} HT par mois sur le catalogue {revision}, {after} aujourd’hui.',
  setupChanged: '{name}, mise en service : {before} HT sur le catalogue {revision}, {after} aujourd’hui.',
  termRateChanged: 'Remise d’engagement sur {months} mois : {before} sur le catalogue {revision}, {after} aujourd’hui.',
  netChanged: 'Total mensuel HT : {before} sur le catalogue {revision}, {after} aujourd’hui.',
  pricesUnknown: 'Les prix du catalogue {revision} n’ont pas pu être relus pour les comparer : le devis suit ceux du catalogue {version}.',
  notSaved: 'Votre brouillon ne peut plus être gardé dans ce navigateur : {why}. Ce qui n’a pas pu être enregistré sera perdu si vous fermez ou rechargez la page. Pour le garder, copiez le lien de partage (cochez d’abord « Inclure les coordonnées du client » pour les y mettre) ou utilisez « Exporter en JSON » (sans les coordonnées), et recopiez ailleurs vos notes internes, qu’aucun des deux ne contient. Ce message disparaîtra dès qu’un enregistrement réussira.',
  'notSaved.full': 'l’espace de stockage du site y est plein',
  'notSaved.disabled': 'le stockage du site y est désactivé (navigation privée ou réglages du navigateur)',
  'notSaved.refused': 'le navigateur a refusé l’enregistrement',
  asideList: 'Brouillons mis de côté dans ce navigateur, du plus récent au plus ancien. « Rétablir » en refait votre brouillon et met de côté celui en cours ; « Oublier » l’efface pour de bon.',
  asideDropped: 'Pour n’en garder que {limit}, les plus anciens brouillons mis de côté ont été oubliés : {drafts}.',
  asideItem: '{when}, {why} : {summary}',
  asideUndated: 'date inconnue',
  'aside.link': 'remplacé par un lien de partage',
  'aside.tab': 'version d’un autre onglet',
  'aside.replaced': 'remplacé par un brouillon rétabli',
  'aside.tab-loaded': 'remplacé par la version d’un autre onglet',
  'aside.read-back': 'texte d’origine, mis de côté en relisant le brouillon',
  modulesNone: 'aucun module',
  modulesOne: '1 module ({names})',
  modulesMany: '{count} modules ({names})',
  noCompany: 'sans raison sociale',
  unreadableText: 'texte illisible de {count} caractères, gardé tel quel',
  restore: 'Rétablir',
  forget: 'Oublier',
  linkKept: 'Le lien a remplacé votre brouillon ; il est mis de côté dans ce navigateur.',
  restoreMine: 'Rétablir mon brouillon',
  restoreRefused: 'Ce brouillon n’a pas été rétabli : le navigateur a refusé de mettre de côté celui en cours (stockage plein ou désactivé). Rien n’a changé.',
};

const EN: Record<keyof typeof FR, string> = {
  setAside: 'Your saved draft could not be read: {reason}. It was set aside in this browser, not deleted; you start from an empty configuration. Configure again, or reopen a share link or a JSON export if you have one.',
  notJson: 'its text is unreadable (not JSON)',
  notADraft: 'it is not a configurator draft',
  repaired: 'Your saved draft was restored, except what could not be. {faults} Its original text was set aside in this browser, not deleted.',
  carriedOver: 'Your draft was made on another version of the catalog ({revision}); it was carried over to catalog {version}. {changes}',
  priceChanged: '{name}: {before} excl. VAT a month on catalog {revision}, {after} now.',
  setupChanged: '{name}, setup: {before} excl. VAT on catalog {revision}, {after} now.',
  termRateChanged: 'Commitment discount over {months} months: {before} on catalog {revision}, {after} now.',
  netChanged: 'Monthly total excl. VAT: {before} on catalog {revision}, {after} now.',
  pricesUnknown: 'The prices of catalog {revision} could not be read to compare them: the quote follows those of catalog {version}.',
  notSaved: 'Your draft can no longer be kept in this browser: {why}. What could not be saved will be lost if you close or reload the page. To keep it, copy the share link (tick “Include the customer details” first to put them in it) or use “Export as JSON” (without the customer details), and copy your internal notes elsewhere, as neither contains them. This message goes away as soon as a save succeeds.',
  'notSaved.full': 'the site’s storage space is full',
  'notSaved.disabled': 'the site’s storage is disabled (private browsing or browser settings)',
  'notSaved.refused': 'the browser refused to save it',
  asideList: 'Drafts kept aside in this browser, newest first. “Restore” makes one your draft again and sets the current one aside; “Forget” deletes it for good.',
  asideDropped: 'To keep only {limit}, the oldest drafts kept aside were forgotten: {drafts}.',
  asideItem: '{when}, {why}: {summary}',
  asideUndated: 'date unknown',
  'aside.link': 'replaced by a share link',
  'aside.tab': 'another tab’s version',
  'aside.replaced': 'replaced by a restored draft',
  'aside.tab-loaded': 'replaced by another tab’s version',
  'aside.read-back': 'original text, set aside when the draft was read back',
  modulesNone: 'no module',
  modulesOne: '1 module ({names})',
  modulesMany: '{count} modules ({names})',
  noCompany: 'no company name',
  unreadableText: 'unreadable text of {count} characters, kept as it was',
  restore: 'Restore',
  forget: 'Forget',
  linkKept: 'The link replaced your draft; it was set aside in this browser.',
  restoreMine: 'Restore my draft',
  restoreRefused: 'This draft was not restored: the browser refused to set the current one aside (storage full or disabled). Nothing changed.',
};

const WORDS = dictionary(FR, EN);

export type DraftNoticeKey = keyof typeof FR;

/** A notice about the saved draft (set aside, repaired, carried over, not saved), in the buyer's language. */
export const sayDraft = (lang: Language, key: DraftNoticeKey, params?: MessageParams): string => fill(WORDS[lang][key], params);
