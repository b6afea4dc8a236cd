// Loaded with the customer section, which is not part of the first screen (app/deferred-sections.tsx): its words are not
// in the first screen's dictionary either.
import { wordsOf } from './messages';

const FR = {
  'erase.button': 'Effacer mes données de ce navigateur',
  'erase.what': 'Efface tout ce que ce configurateur a enregistré dans ce navigateur : le brouillon (offre, coordonnées du client, notes), les brouillons mis de côté et le choix de langue.',
  'erase.confirmLine': 'Tout effacer de ce navigateur ? C’est définitif : l’historique des modifications (Ctrl+Z) ne pourra pas le rétablir.',
  'erase.confirm': 'Effacer définitivement',
  'erase.cancel': 'Annuler',
  'erase.done': 'Données effacées de ce navigateur ; l’avis en haut de la page dit ce qui l’a été.',
  'erase.notice.elsewhere': 'Vos données ont été effacées de ce navigateur depuis un autre onglet : cet onglet repart d’un devis vide et n’a rien réenregistré de ce qu’il affichait.',
  'erase.notice.done': 'Vos données ont été effacées de ce navigateur : le brouillon (offre, coordonnées du client, notes), les brouillons mis de côté et le choix de langue. La page repart d’une configuration vide, dans cette langue pour cette visite. Les autres onglets ouverts du configurateur repartent eux aussi d’un devis vide, sans rien réenregistrer.',
  'erase.notice.refused': 'Ce navigateur a refusé l’accès à {stores} : ce qui y est enregistré n’a pas pu être effacé et peut revenir au prochain chargement. Effacez les données de ce site dans les réglages du navigateur.',
  'erase.store.local': 'son stockage local (localStorage)',
  'erase.store.session': 'son stockage de session (sessionStorage)',
  'erase.and': ' et ',
};

const EN: Record<keyof typeof FR, string> = {
  'erase.button': 'Erase my data from this browser',
  'erase.what': 'Erases everything this configurator saved in this browser: the draft (bundle, customer details, notes), the drafts kept aside and the language choice.',
  'erase.confirmLine': 'Erase it all from this browser? This is final: the edit history (Ctrl+Z) cannot bring it back.',
  'erase.confirm': 'Erase for good',
  'erase.cancel': 'Cancel',
  'erase.done': 'Data erased from this browser; the notice at the top of the page says what was.',
  'erase.notice.elsewhere': 'Your data was erased from this browser in another tab: this tab starts over from an empty quote and saved nothing of what it showed.',
  'erase.notice.done': 'Your data was erased from this browser: the draft (bundle, customer details, notes), the drafts kept aside and the language choice. The page starts again from an empty configuration, in this language for this visit. Other open tabs of the configurator start over from an empty quote too, saving nothing again.',
  'erase.notice.refused': 'This browser refused access to {stores}: what it holds could not be erased and may come back at the next load. Erase this site’s data in the browser’s settings.',
  'erase.store.local': 'its local storage (localStorage)',
  'erase.store.session': 'its session storage (sessionStorage)',
  'erase.and': ' and ',
};

export type EraseWord = keyof typeof FR;

/** The erase control's and notice's words in a language: `eraseWords(lang)('erase.button')`. */
export const eraseWords = wordsOf(FR, EN);
