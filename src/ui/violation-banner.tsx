import { lazy, Suspense } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { describeViolation } from '../domain/violation-text';
import { evaluationOf } from './derived';
import { useConfigurator, useT } from './store-context';

/** The repair search loads with the first violation: a valid configuration never needs it. */
const RepairButtons = lazy(() => import('./repair-buttons').then((m) => ({ default: m.RepairButtons })));

/** Shown while the configuration breaks a rule: what is wrong, in one sentence each, and the repairs as buttons. */
export function ViolationBanner() {
  const t = useT();
  const sentences = useConfigurator(
    useShallow((s) => evaluationOf(s).violations.map((v) => describeViolation(s.catalog, s.configuration, v, s.lang))),
  );
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
