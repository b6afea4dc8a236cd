// Loaded with the Documents panel (documents-panel-part.tsx), never with the first screen.
import type { Configuration } from '../domain/configuration';
import { isEmptyConfiguration } from '../domain/empty-configuration';
import type { ConfiguratorState } from '../store/configurator-store';
import { draftTextOf, keepAside, rememberDraft } from './draft-storage';
import { sameChoices } from './share-draft-aside';

/**
 * Keeps the draft on screen aside before an imported file replaces it (`import`, « remplacé par un fichier importé »),
 * or before « Annuler l’import » replaces it with the configuration from before the import, taking away the changes
 * made since (`import-undone`, « remplacé en annulant un import »), so that a reload still offers it: the import's
 * notice says the previous configuration « reste récupérable », the undo's that « Annuler » brings the changes back,
 * and both live in this page's memory. Kept as this tab shows it, not as saved: another tab may have saved over it
 * (its own copy of this tab's is forgotten once this tab saves again). Nothing is kept when nothing would be lost: an
 * empty configuration, or the replacement's own choices. Never forgotten here, not even when the import is undone
 * (Ctrl+Z brings the import back); the list leaves out a copy equal to the saved draft. When the browser refuses,
 * this tab forgets it read the saved draft, so its next save keeps that aside before writing, or writes nothing.
 */
export function keepDraftReplacedByImport(shown: ConfiguratorState, replacement: Configuration, why: 'import' | 'import-undone'): void {
  if (isEmptyConfiguration(shown.configuration, shown.catalog) || sameChoices(shown.configuration, replacement)) return;
  if (keepAside(draftTextOf(shown), why) === null) rememberDraft(null);
}
