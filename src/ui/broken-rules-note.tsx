import { moduleName, qualificationName } from '../domain/catalog-names';
import { changeThenFocus, moduleControl } from './focus-after-change';
import { useConfigurator, useT } from './store-context';
import type { ModuleView } from './use-module-view';

/**
 * On a selected module's card, the rules it breaks as the selection stands (the banner says it for the
 * whole configuration; the card says it where the buyer is looking). A module ruled out by a demanded
 * qualification offers both ways out: « Retirer X », « Ne plus exiger Q ».
 */
export function BrokenRulesNote({ id, moduleId, view }: { id: string; moduleId: string; view: ModuleView }) {
  const t = useT();
  const lang = useConfigurator((s) => s.lang);
  const catalog = useConfigurator((s) => s.catalog);
  const removeModule = useConfigurator((s) => s.removeModule);
  const waive = useConfigurator((s) => s.waiveQualification);
  const qualifications = view.ruledOutBy === '' ? [] : view.ruledOutBy.split(' ');
  const thenFocusCard = (change: () => void) => changeThenFocus(change, () => moduleControl(moduleId));
  return (
    <div className="module-note module-note-blocked module-note-broken">
      <p id={id}>{view.broken}</p>
      {qualifications.length > 0 && (
        <div className="module-note-actions">
          <button type="button" onClick={() => thenFocusCard(() => removeModule(moduleId))}>{t('action.remove', { name: moduleName(catalog, moduleId, lang) })}</button>
          {qualifications.map((q) => (
            <button key={q} type="button" onClick={() => thenFocusCard(() => waive(q))}>{t('action.waive', { name: qualificationName(catalog, q, lang) })}</button>
          ))}
        </div>
      )}
    </div>
  );
}
