import { repairConfiguration } from '../domain/engine/repairs';
import { derivedOnce } from '../domain/derived-once';
import { changeThenFocus, moduleControl } from './focus-after-change';
import { conflictWords } from './conflict-words';
import { repairFace, repairLabel } from './repair-label';
import { useConfigurator } from './store-context';

/** A module's quantity field (a text field with the spinbutton role), else its checkbox (module ids need no escaping). */
const moduleQuantity = (moduleId: string): HTMLElement | null =>
  document.querySelector<HTMLElement>(`[data-module="${moduleId}"] [role=spinbutton]:not(:disabled)`) ?? moduleControl(moduleId);

/** The undo button: after a change made for the user, the way back. */
const undoButton = (): HTMLElement | null => document.querySelector<HTMLElement>('.history-controls button:not(:disabled)');

/** Lives here, not in derived.ts, so the repair search loads only with a violation. */
const repairsOf = derivedOnce(repairConfiguration);

/** The engine's repairs for a violated configuration, best first, as one-click (and undoable) buttons. */
export function RepairButtons() {
  const lang = useConfigurator((s) => s.lang);
  const t = conflictWords(lang);
  const catalog = useConfigurator((s) => s.catalog);
  const applyRepair = useConfigurator((s) => s.applyRepair);
  const repairs = useConfigurator((s) => repairsOf(s.catalog, s.configuration));
  if (repairs.length === 0) return <p className="repairs-hint">{t('repairs.none')}</p>;
  return (
    <div className="repairs">
      <span>{t('banner.repairs')}</span>
      {repairs.map((repair, index) => {
        const label = repairLabel(catalog, repair.actions, lang);
        // The banner goes once repaired: focus what the repair added or changed, else the way back.
        const changed = repair.actions.find((a) => a.kind === 'add' || a.kind === 'set-quantity');
        const next = () => (changed && 'module' in changed ? moduleQuantity(changed.module) : null) ?? undoButton();
        return <button key={`${index} ${label}`} type="button" aria-label={label} onClick={() => changeThenFocus(() => applyRepair(repair.configuration), next)}>{repairFace(label)}</button>;
      })}
    </div>
  );
}
