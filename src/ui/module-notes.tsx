import { BlockedReason } from './blocked-reason';
import { BrokenRulesNote } from './broken-rules-note';
import { useT } from './store-context';
import type { ModuleView } from './use-module-view';

/** Why a card is in its state: what blocks it (with a way out), what requires it, what it breaks, why it was added. */
export function ModuleNotes({ id, moduleId, view }: { id: string; moduleId: string; view: ModuleView }) {
  const t = useT();
  if (view.state === 'blocked') return <BlockedReason id={id} moduleId={moduleId} view={view} />;
  if (view.state === 'implied') return <p id={id} className="module-note module-note-implied">{view.reason ?? t('state.implied')}</p>;
  if (view.state !== 'selected') return null;
  // The note the checkbox is described by: what the module breaks first, else why it was added.
  const added = view.addedBecause !== null && <p id={view.broken === null ? id : undefined} className="module-note module-note-added">{view.addedBecause || t('state.added')}</p>;
  return (
    <>
      {view.broken !== null && <BrokenRulesNote id={id} moduleId={moduleId} view={view} />}
      {added}
    </>
  );
}
