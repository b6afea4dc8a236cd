import { memo } from 'react';
import { localise } from '../domain/language';
import { QualificationNotes } from './qualification-notes';
import { useConfigurator, useT } from './store-context';

/**
 * A card's qualifications as badges; a tap, a click or Enter on them opens what each one means. A screen reader hears
 * the card's module too: five cards holding ISO 27001 made five disclosures named alike.
 */
export const QualificationBadges = memo(function QualificationBadges({ ids, moduleName }: { ids: readonly string[]; moduleName: string }) {
  const t = useT();
  const lang = useConfigurator((s) => s.lang);
  const qualifications = useConfigurator((s) => s.catalog.qualifications);
  const held = qualifications.filter((q) => ids.includes(q.id));
  if (held.length === 0) return null;
  return (
    <details className="qualification-badges">
      <summary>
        <span className="visually-hidden">{t('module.qualifications')}</span>
        {held.map((q) => <span key={q.id} className="qualification-badge"> {localise(q.name, lang)}</span>)}
        <span className="visually-hidden"> — {moduleName}</span>
      </summary>
      <QualificationNotes qualifications={held} />
    </details>
  );
});
