import { useShallow } from 'zustand/react/shallow';
import { describeViolation } from '../domain/violation-text';
import { evaluationOf } from './derived';
import { RepairButtons } from './repair-buttons';
import { useConfigurator, useT } from './store-context';

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
      <RepairButtons />
    </section>
  );
}
