import { BlockedReason } from './blocked-reason';
import { useT } from './store-context';
import type { ModuleView } from './use-module-view';

/** Why a card is in its state: what blocks it (with a way out), what requires it, why it was added. */
export function ModuleNotes({ id, moduleId, view }: { id: string; moduleId: string; view: ModuleView }) {
  const t = useT();
  if (view.state === 'blocked') return <BlockedReason id={id} moduleId={moduleId} view={view} />;
  if (view.state === 'implied') return <p id={id} className="module-note module-note-implied">{view.reason ?? t('state.implied')}</p>;
  if (view.state === 'selected' && view.addedBecause !== null) {
    return <p id={id} className="module-note module-note-added">{view.addedBecause}</p>;
  }
  return null;
}
