import { preferredLanguage } from '../domain/language';
import { translate } from './messages';

/** Why the catalog did not load, worded by the page in the user's language. */
export type CatalogLoadProblem = 'network' | 'server' | 'not-json' | 'not-a-catalog';

const REASONS = {
  'network': 'startup.reason.network', 'server': 'startup.reason.server', 'not-json': 'startup.reason.damaged', 'not-a-catalog': 'startup.reason.damaged',
} as const satisfies Record<CatalogLoadProblem, string>;

/** The page could not start (the catalog did not load): say so plainly, in the browser's language, with a way to retry. */
export function StartupFailure({ reason }: { reason: CatalogLoadProblem }) {
  const lang = preferredLanguage(navigator.languages ?? [navigator.language]);
  return (
    <main className="startup-failure" role="alert">
      <h1>{translate(lang, 'startup.failedTitle')}</h1>
      <p>{translate(lang, 'startup.failedBody', { reason: translate(lang, REASONS[reason]) })}</p>
      <button type="button" onClick={() => location.reload()}>{translate(lang, 'startup.retry')}</button>
    </main>
  );
}
