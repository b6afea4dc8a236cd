import { Suspense } from 'react';
import { describeViolation } from '../domain/violation-text';
import type { ConfiguratorState } from '../store/configurator-store';
import { evaluationOf } from './derived';
import { lazyPart } from './lazy-part';
import { rememberLast } from './remember-last';
import { useConfigurator } from './store-context';

/** The repair search loads apart: the sentences need not wait for it. */
const RepairButtons = lazyPart(() => import('./repair-buttons').then((m) => m.RepairButtons));

type SentenceFacts = Pick<ConfiguratorState, 'catalog' | 'configuration' | 'lang'>;

/** One sentence per violation, the same array while catalog, configuration and language stay. */
const violationSentencesOf = rememberLast(
  (s: SentenceFacts) => [s.catalog, s.configuration, s.lang],
  (s) => evaluationOf(s).violations.map((v) => describeViolation(s.catalog, s.configuration, v, s.lang)),
);

/** What is wrong, one sentence per broken rule, and the repairs as buttons. */
export function ViolationDetails() {
  const sentences = useConfigurator(violationSentencesOf);
  return (
    <>
      <ul>
        {sentences.map((s) => <li key={s}>{s}</li>)}
      </ul>
      <Suspense fallback={null}>
        <RepairButtons />
      </Suspense>
    </>
  );
}
