import { lazy, Suspense } from 'react';
import { describeViolation } from '../domain/violation-text';
import type { ConfiguratorState } from '../store/configurator-store';
import { evaluationOf } from './derived';
import { rememberLast } from './remember-last';
import { useConfigurator, useT } from './store-context';

/** The repair search loads with the first violation: a valid configuration never needs it. */
const RepairButtons = lazy(() => import('./repair-buttons').then((m) => ({ default: m.RepairButtons })));

type SentenceFacts = Pick<ConfiguratorState, 'catalog' | 'configuration' | 'lang'>;

/** One sentence per violation, the same array while catalog, configuration and language stay. */
const violationSentencesOf = rememberLast(
  (s: SentenceFacts) => [s.catalog, s.configuration, s.lang],
  (s) => evaluationOf(s).violations.map((v) => describeViolation(s.catalog, s.configuration, v, s.lang)),
);

/** Shown while the configuration breaks a rule: what is wrong, in one sentence each, and the repairs as buttons. */
export function ViolationBanner() {
  const t = useT();
  const sentences = useConfigurator(violationSentencesOf);
  if (sentences.length === 0) return null;
  return (
    <section className="violation-banner" role="alert" aria-labelledby="violation-banner-title">
      <h2 id="violation-banner-title">{t('banner.invalidTitle')}</h2>
      <ul>
        {sentences.map((s) => <li key={s}>{s}</li>)}
      </ul>
      <Suspense fallback={null}>
        <RepairButtons />
      </Suspense>
    </section>
  );
}
