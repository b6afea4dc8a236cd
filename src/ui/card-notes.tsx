import { useLaterPartsStatus } from './later-parts';
import { useT } from './store-context';
import type { ModuleView } from './use-module-view';
// The notes' ways out are styled from the first screen: a later part with a stylesheet of its own waits for it, and Vite's
// preload never asks again for one that failed (offline once, the notes would come unstyled).
import './way-out-buttons.css';

/**
 * A card's notes and suggestions (module-notes.tsx, module-suggestions.tsx), later parts of the page (later-parts.ts):
 * until their code comes, what the card is, in a word (« Indisponible », « Ajouté d’office »…), where the note goes.
 */
export function CardNotes({ id, moduleId, view }: { id: string; moduleId: string; view: ModuleView }) {
  const status = useLaterPartsStatus();
  if (status.kind !== 'come') return <StateAlone id={id} view={view} />;
  const { ModuleNotes, ModuleSuggestions } = status.parts;
  return (
    <>
      <ModuleNotes id={id} moduleId={moduleId} view={view} />
      {view.suggestions.length > 0 && <ModuleSuggestions suggestions={view.suggestions} />}
    </>
  );
}

/** The notes' places, each with its state's word: the checkbox is described by the same element as it will be then. */
function StateAlone({ id, view }: { id: string; view: ModuleView }) {
  const t = useT();
  if (view.state === 'blocked') return <div className="module-note module-note-blocked"><p id={id}>{t('state.blocked')}</p></div>;
  if (view.state === 'implied') return <p id={id} className="module-note module-note-implied">{t('state.implied')}</p>;
  if (view.state !== 'selected') return null;
  return (
    <>
      {view.broken !== null && <div className="module-note module-note-blocked module-note-broken"><p id={id}>{t('state.broken')}</p></div>}
      {view.addedBecause !== null && <p id={view.broken === null ? id : undefined} className="module-note module-note-added">{t('state.added')}</p>}
    </>
  );
}
