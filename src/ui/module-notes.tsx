import type { CatalogModule } from '../domain/catalog-schema';
import { describeExplanation } from '../domain/engine/describe-explanation';
import { BlockedReason } from './blocked-reason';
import { useExplanations } from './derived';
import type { ModuleState } from './module-state';
import { useConfigurator, useT } from './store-context';

/** Why a card is in its state: what blocks it (with a way out), what requires it, why it was added. */
export function ModuleNotes({ id, module, state }: { id: string; module: CatalogModule; state: ModuleState }) {
  const t = useT();
  const lang = useConfigurator((s) => s.lang);
  const catalog = useConfigurator((s) => s.catalog);
  const addedBecause = useConfigurator((s) => s.addedAutomatically[module.id]);
  const implied = useExplanations().implied.find((e) => e.module === module.id);
  if (state === 'blocked') return <BlockedReason id={id} moduleId={module.id} />;
  if (state === 'implied') {
    return <p id={id} className="module-note module-note-implied">{implied ? describeExplanation(catalog, implied, lang) : t('state.implied')}</p>;
  }
  if (state === 'selected' && addedBecause !== undefined) {
    return <p id={id} className="module-note module-note-added">{t('state.addedBecause', { reason: addedBecause })}</p>;
  }
  return null;
}
