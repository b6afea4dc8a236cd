import { Suspense } from 'react';
import { formatNumber } from '../domain/locale-format';
import { describeViolations } from '../domain/violation-text';
import { conflictWords } from './conflict-words';
import type { ConfiguratorState } from '../store/configurator-store';
import { evaluationOf } from './derived';
import { lazyPart } from './lazy-part';
import { rememberLast } from './remember-last';
import { useConfigurator } from './store-context';

/** The repair search loads apart: the sentences need not wait for it. */
const RepairButtons = lazyPart(() => import('./repair-buttons'), 'RepairButtons');

type SentenceFacts = Pick<ConfiguratorState, 'catalog' | 'configuration' | 'lang'>;

/** One sentence per violation, each said once, the same array while catalog, configuration and language stay. */
const violationSentencesOf = rememberLast(
  (s: SentenceFacts) => [s.catalog, s.configuration, s.lang],
  (s) => describeViolations(s.catalog, s.configuration, evaluationOf(s).violations, s.lang),
);

/** The points the banner shows before folding the rest: a large conflict (87 points measured) stays one screen. */
export const POINTS_SHOWN = 6;

/** What is wrong, one sentence per broken rule (beyond the first ones, folded), and the repairs as buttons. */
export function ViolationDetails() {
  const sentences = useConfigurator(violationSentencesOf);
  const lang = useConfigurator((s) => s.lang);
  // Folding one point would take as much room as showing it.
  const shown = sentences.length > POINTS_SHOWN + 1 ? sentences.slice(0, POINTS_SHOWN) : sentences;
  const folded = sentences.slice(shown.length);
  return (
    <>
      <ul>
        {shown.map((s) => <li key={s}>{s}</li>)}
      </ul>
      {folded.length > 0 && (
        <details className="violation-more">
          <summary>{conflictWords(lang)('conflict.morePoints', { count: formatNumber(folded.length, lang) })}</summary>
          <ul>
            {folded.map((s) => <li key={s}>{s}</li>)}
          </ul>
        </details>
      )}
      <Suspense fallback={null}>
        <RepairButtons />
      </Suspense>
    </>
  );
}
