// Loaded with the code that opens a share link at start-up (app/share-link-opening.ts) or re-prices it (app/share-reprice.ts): a plain visit never needs these words.
import type { Language } from '../domain/language';
import { wordsOf, type MessageParams } from './messages';

const FR = {
  refused: 'Ce lien de partage ne peut pas être ouvert. {problem} Votre brouillon n’a pas été modifié.',
  carriedOver: 'Ce lien a été établi sur le catalogue {revision}, qui n’est plus disponible : il est ouvert sur le catalogue du jour ({version}). {changes}',
  carriedOverNewer: 'Ce lien a été établi sur le catalogue {revision}, plus récent que ceux de cette version du configurateur (il vient sans doute d’une version plus récente) : il est ouvert sur le catalogue du jour ({version}). {changes}',
  archiveUnreadable: 'Le catalogue {revision} de ce lien n’a pas pu être chargé (réseau coupé ou fichier illisible) : le lien est ouvert sur le catalogue du jour ({version}). {changes} Rechargez la page plus tard pour le rouvrir sur son catalogue.',
  nothingDropped: 'Rien n’a été retiré.',
  repriced: 'Devis re-chiffré sur le catalogue du jour ({version}). {changes}',
};

const EN: Record<keyof typeof FR, string> = {
  refused: 'This share link cannot be opened. {problem} Your draft was not changed.',
  carriedOver: 'This link was made on catalogue {revision}, which is no longer available: it opens on today’s catalogue ({version}). {changes}',
  carriedOverNewer: 'This link was made on catalogue {revision}, newer than any this version of the configurator has (it probably comes from a newer version): it opens on today’s catalogue ({version}). {changes}',
  archiveUnreadable: 'Catalogue {revision} of this link could not be loaded (network down or unreadable file): the link opens on today’s catalogue ({version}). {changes} Reload the page later to open it on its own catalogue.',
  nothingDropped: 'Nothing was dropped.',
  repriced: 'Quote re-priced on today’s catalogue ({version}). {changes}',
};

const WORDS = wordsOf(FR, EN);

/** A notice about a share link opened at start-up (refused, carried over to today's catalog) or re-priced, in the buyer's language. */
export const sayLink = (lang: Language, key: keyof typeof FR, params?: MessageParams): string => WORDS(lang)(key, params);
