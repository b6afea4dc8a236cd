import { useEffect } from 'react';
import { typesetIn } from '../domain/french-typography';
import type { Language } from '../domain/language';

/** Why the catalog did not load, worded by the page in the user's language. */
export type CatalogLoadProblem = 'network' | 'server' | 'not-json' | 'not-a-catalog';

/** Why the page could not start: its catalog, or a part of its own code (a chunk that did not download: connection lost, a redeploy). */
export type StartupProblem = CatalogLoadProblem | 'code';

/**
 * This page's own words, in its own code: it shows when nothing could be loaded, the dictionaries
 * of the interface (loaded with the catalog) included.
 */
const WORDS: Record<Language, { title: string; body: (reason: string) => string; code: string; retry: string; reasons: Record<CatalogLoadProblem, string> }> = {
  fr: {
    title: 'Le configurateur n’a pas pu démarrer',
    body: (reason) => `Le catalogue des offres n’a pas pu être chargé (${reason}). Votre brouillon est intact dans ce navigateur. Vérifiez votre connexion, puis réessayez.`,
    code: 'Une partie du code de la page n’a pas pu être chargée (connexion interrompue, ou le site vient d’être mis à jour). Votre brouillon est intact dans ce navigateur. Vérifiez votre connexion, puis réessayez.',
    retry: 'Réessayer',
    reasons: { 'network': 'le réseau ne répond pas', 'server': 'le serveur ne l’a pas fourni', 'not-json': 'le fichier reçu est endommagé', 'not-a-catalog': 'le fichier reçu est endommagé' },
  },
  en: {
    title: 'The configurator could not start',
    body: (reason) => `The offer catalogue could not be loaded (${reason}). Your draft is safe in this browser. Check your connection, then try again.`,
    code: 'Part of the page’s code could not be loaded (connection lost, or the site has just been updated). Your draft is safe in this browser. Check your connection, then try again.',
    retry: 'Try again',
    reasons: { 'network': 'the network does not answer', 'server': 'the server did not provide it', 'not-json': 'the file received is damaged', 'not-a-catalog': 'the file received is damaged' },
  },
};

/** The page could not start (the catalog or its code did not load): say so plainly, in the language the page would have opened in, with a way to retry. */
export function StartupFailure({ reason, lang }: { reason: StartupProblem; lang: Language }) {
  const words = WORDS[lang];
  const title = typesetIn(lang, words.title);
  // index.html is French: a screen reader picks its voice from `lang`, and the tab names what happened.
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `CollabNext — ${title}`;
  }, [lang, title]);
  return (
    <main className="startup-failure" role="alert">
      <h1>{title}</h1>
      <p>{typesetIn(lang, reason === 'code' ? words.code : words.body(words.reasons[reason]))}</p>
      <button type="button" onClick={() => location.reload()}>{words.retry}</button>
    </main>
  );
}
