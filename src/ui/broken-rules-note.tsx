import { useT } from './store-context';
import type { ModuleView } from './use-module-view';
import { idsOf, WayOutButtons } from './way-out-buttons';

/**
 * On a selected module's card, the rules it breaks as the selection stands (the banner says it for the
 * whole configuration; the card says it where the buyer is looking). A module ruled out by a demanded
 * qualification offers both ways out: « Retirer X », « Ne plus exiger Q ».
 */
export function BrokenRulesNote({ id, moduleId, view }: { id: string; moduleId: string; view: ModuleView }) {
  const t = useT();
  const qualifications = idsOf(view.ruledOutBy);
  return (
    <div className="module-note module-note-blocked module-note-broken">
      <p id={id}>{view.broken || t('state.broken')}</p>
      {qualifications.length > 0 && <WayOutButtons card={moduleId} remove={[moduleId]} waive={qualifications} />}
    </div>
  );
}
