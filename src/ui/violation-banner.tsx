import { Suspense } from 'react';
import { evaluationOf } from './derived';
import { VIOLATION_BANNER_ID } from './focus-after-change';
import { lazyPart } from './lazy-part';
import { useConfigurator, useT } from './store-context';

/**
 * The sentences and the repairs load with the first violation: a valid configuration, as most
 * first screens are, never needs their code (1.6 KB gzip of wording, kept off the first screen).
 */
const ViolationDetails = lazyPart(() => import('./violation-details'), 'ViolationDetails');

/** Shown while the configuration breaks a rule: what is wrong, in one sentence each, and the repairs as buttons. */
export function ViolationBanner() {
  const t = useT();
  const violated = useConfigurator((s) => evaluationOf(s).violations.length > 0);
  if (!violated) return null;
  return (
    <section id={VIOLATION_BANNER_ID} tabIndex={-1} className="violation-banner" role="alert" aria-labelledby="violation-banner-title">
      <h2 id="violation-banner-title">{t('banner.invalidTitle')}</h2>
      <Suspense fallback={null}>
        <ViolationDetails />
      </Suspense>
    </section>
  );
}
