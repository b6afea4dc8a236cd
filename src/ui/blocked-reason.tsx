import { moduleName } from '../domain/catalog-names';
import { changeThenFocus, moduleControl } from './focus-after-change';
import { useLaterPartsWords } from './later-parts-words';
import { useConfigurator, useT } from './store-context';
import type { ModuleView } from './use-module-view';
import { idsOf, WayOutButtons } from './way-out-buttons';

/**
 * One sentence on what blocks the module, and one button per decision that would free it ("Retirer X"), or one for
 * all of them when only together they do ("Retirer X et Y"); the button goes with the block, so the focus moves to
 * the module's checkbox (or its next way out).
 */
export function BlockedReason({ id, moduleId, view }: { id: string; moduleId: string; view: ModuleView }) {
  const t = useT();
  const w = useLaterPartsWords();
  const lang = useConfigurator((s) => s.lang);
  const catalog = useConfigurator((s) => s.catalog);
  const swapModule = useConfigurator((s) => s.swapModule);
  const blockers = idsOf(view.blockingModules);
  const together = view.freedTogether;
  // Freed by dropping modules, one or several together, and nothing demanded: offer the swap itself (the "one"
  // drawers, two-module excludes; Business in place of Essentielle and the Protect that needs it).
  const swap = view.blockingQualifications === '' && (blockers.length === 1 || together);
  const name = moduleName(catalog, moduleId, lang);
  const swapLabel = () => (blockers.length === 1 ? w('action.swap', { name }) : w('action.swapForAll', { name, count: blockers.length }));
  return (
    <div className="module-note module-note-blocked">
      <p id={id}>{view.reason ?? t('state.blocked')}</p>
      <WayOutButtons card={moduleId} remove={blockers} waive={idsOf(view.blockingQualifications)} together={together}>
        {swap && (
          <button type="button" className="module-note-swap" onClick={() => changeThenFocus(() => swapModule(blockers, moduleId), () => moduleControl(moduleId))}>
            {swapLabel()}
          </button>
        )}
      </WayOutButtons>
    </div>
  );
}
