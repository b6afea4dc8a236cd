import { useId } from 'react';
import { localise } from '../domain/language';
import { QualificationNotes } from './qualification-notes';
import { useConfigurator, useT } from './store-context';

/**
 * The demanded qualifications (SecNumCloud, HDS, …): one checkbox each, named after the qualification (§6)
 * and described by what it means, which « Qu'est-ce que c'est ? » shows.
 */
export function RequirementToggles() {
  const t = useT();
  const id = useId();
  const lang = useConfigurator((s) => s.lang);
  const qualifications = useConfigurator((s) => s.catalog.qualifications);
  const requirements = useConfigurator((s) => s.configuration.requirements);
  const demand = useConfigurator((s) => s.demandQualification);
  const waive = useConfigurator((s) => s.waiveQualification);
  if (qualifications.length === 0) return null;
  return (
    <fieldset className="requirements">
      <legend>{t('requirements.title')}</legend>
      <p className="requirements-hint">{t('requirements.hint')}</p>
      <div className="requirements-list">
        {qualifications.map((q) => {
          const on = requirements.includes(q.id);
          return (
            <label key={q.id} className="requirement">
              <input type="checkbox" checked={on} aria-describedby={id + q.id} onChange={() => (on ? waive(q.id) : demand(q.id))} />
              <span>{localise(q.name, lang)}</span>
            </label>
          );
        })}
      </div>
      <details className="requirements-help">
        <summary>{t('requirements.explain')}</summary>
        <QualificationNotes qualifications={qualifications} idPrefix={id} />
      </details>
    </fieldset>
  );
}
