// Loaded with the Documents panel (documents-panel-part.tsx), never with the first screen.
import type { Configuration } from '../domain/configuration';
import type { ConfiguratorState } from '../store/configurator-store';
import { storage } from './draft-storage';
import { forgetDraftAside } from './drafts-aside';
import { keepDraftAside, sameChoices } from './share-draft-aside';

/**
 * Keeps the draft an imported file replaces aside (« remplacé par un fichier importé »), so that a reload still offers
 * it: « Annuler l’import » lives in this page's memory, and the import's notice says the configuration « reste
 * récupérable ». Nothing is kept when nothing would be lost: an empty configuration, or the file's own choices.
 * Returns how to forget it, for an import undone (the draft is then the configuration from before again).
 */
export function keepDraftBeforeImport(before: ConfiguratorState, imported: Configuration): () => void {
  if (before.configuration.items.length === 0 || sameChoices(before.configuration, imported)) return () => {};
  const { text, keptAside } = keepDraftAside(before, 'import');
  let forgotten = !keptAside;
  return () => {
    const saved = storage();
    if (forgotten || !saved) return;
    forgotten = true;
    forgetDraftAside(saved, text, 'import');
  };
}
