import { localise } from '../domain/language';
import { useConfigurator, useT } from './store-context';

export function QualificationBadges({ ids }: { ids: readonly string[] }) {
  const t = useT();
  const lang = useConfigurator((s) => s.lang);
  const qualifications = useConfigurator((s) => s.catalog.qualifications);
  if (ids.length === 0) return null;
  return (
    <ul className="qualification-badges" aria-label={t('module.qualifications')}>
      {ids.map((id) => {
        const q = qualifications.find((x) => x.id === id);
        return (
          <li key={id} className="qualification-badge" title={q ? localise(q.description, lang) : undefined}>
            {q ? localise(q.name, lang) : id}
          </li>
        );
      })}
    </ul>
  );
}
