// The Documents panel as the app lays it out: loaded with it (deferred-sections.tsx), so keeping a draft aside
// before an import is not part of the first screen.
import { DocumentsPanel } from '../ui/export-panel';
import { keepDraftBeforeImport } from './import-draft-aside';

export function DocumentsPanelPart() {
  return <DocumentsPanel keepBeforeImport={keepDraftBeforeImport} />;
}
