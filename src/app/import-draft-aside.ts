// Loaded with the Documents panel (documents-panel-part.tsx), never with the first screen.
import type { Configuration } from '../domain/configuration';
import { isEmptyConfiguration } from '../domain/empty-configuration';
import type { ConfiguratorState } from '../store/configurator-store';
import { draftTextOf, keepAside, rememberDraft } from './draft-storage';
import { sameChoices } from './share-draft-aside';

/**
 * Keeps the draft an imported file replaces aside (« remplacé par un fichier importé »), so that a reload still offers
 * it: « Annuler l’import » lives in this page's memory, and the import's notice says the configuration « reste
 * récupérable ». Kept as this tab shows it, not as saved: another tab may have saved over it (its own copy of this
 * tab's is forgotten once this tab saves again). Nothing is kept when nothing would be lost: an empty configuration,
 * or the file's own choices. Never forgotten here, not even when the import is undone (Ctrl+Z brings the import
 * back); the list leaves out a copy equal to the saved draft. When the browser refuses, this tab forgets it read the
 * saved draft, so its next save keeps that aside before writing, or writes nothing.
 */
export function keepDraftBeforeImport(before: ConfiguratorState, imported: Configuration): void {
  if (isEmptyConfiguration(before.configuration, before.catalog) || sameChoices(before.configuration, imported)) return;
  if (keepAside(draftTextOf(before), 'import') === null) rememberDraft(null);
}
