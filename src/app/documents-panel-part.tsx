// The Documents panel as the app lays it out: loaded with it (deferred-sections.tsx), so keeping a draft aside
// before an import (or its undo) replaces it is not part of the first screen.
import { DocumentsPanel } from '../ui/export-panel';
import { keepDraftReplacedByImport } from './import-draft-aside';

export function DocumentsPanelPart() {
  return <DocumentsPanel keepReplaced={keepDraftReplacedByImport} />;
}
