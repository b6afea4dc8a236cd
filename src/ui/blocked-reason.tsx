import { moduleName } from '../domain/catalog-names';
import { changeThenFocus, moduleControl } from './focus-after-change';
import { useConfigurator, useT } from './store-context';
import type { ModuleView } from './use-module-view';
import { idsOf, WayOutButtons } from './way-out-buttons';

/**
 * One sentence on what blocks the module, and one button per decision that would free it ("Retirer X");
 * the button goes with the block, so the focus moves to the module's checkbox (or its next way out).
 */
export function BlockedReason({ id, moduleId, view }: { id: string; moduleId: string; view: ModuleView }) {
  const t = useT();
  const lang = useConfigurator((s) => s.lang);
  const catalog = useConfigurator((s) => s.catalog);
  const swapModule = useConfigurator((s) => s.swapModule);
  const blockers = idsOf(view.blockingModules);
  // Freed by dropping one choice and nothing demanded: offer the swap itself (the "one" drawers, two-module excludes).
  const swapFor = blockers.length === 1 && view.blockingQualifications === '' ? blockers[0] : undefined;
  return (
    <div className="module-note module-note-blocked">
      <p id={id}>{view.reason ?? t('state.blocked')}</p>
      <WayOutButtons card={moduleId} remove={blockers} waive={idsOf(view.blockingQualifications)}>
        {swapFor !== undefined && (
          <button type="button" className="module-note-swap" onClick={() => changeThenFocus(() => swapModule(swapFor, moduleId), () => moduleControl(moduleId))}>
            {t('action.swap', { name: moduleName(catalog, moduleId, lang) })}
          </button>
        )}
      </WayOutButtons>
    </div>
  );
}
