import { preferredLanguage } from '../domain/language';
import { translate } from './messages';

/** The page could not start (the catalog did not load): say so plainly, in the browser's language, with a way to retry. */
export function StartupFailure({ reason }: { reason: string }) {
  const lang = preferredLanguage(navigator.languages ?? [navigator.language]);
  return (
    <main className="startup-failure" role="alert">
      <h1>{translate(lang, 'startup.failedTitle')}</h1>
      <p>{translate(lang, 'startup.failedBody', { reason })}</p>
      <button type="button" onClick={() => location.reload()}>{translate(lang, 'startup.retry')}</button>
    </main>
  );
}
