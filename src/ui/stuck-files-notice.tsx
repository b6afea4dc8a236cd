import { useSyncExternalStore } from 'react';
import { filesStuck, onFilesStuck } from './import-again';
import { useT } from './store-context';

/**
 * Once a part of the page failed again after being asked for anew (import-again.ts: a file it imports had failed and the
 * browser keeps the failure), the page says so under its header, with the reload: the draft is saved as it changes and
 * the address bar carries the configuration, so the reload keeps the quote.
 */
export function StuckFilesNotice() {
  const t = useT();
  const stuck = useSyncExternalStore(onFilesStuck, filesStuck);
  if (!stuck) return null;
  return (
    <p className="stuck-files" role="alert">
      {t('load.stuck')} <button type="button" onClick={() => location.reload()}>{t('load.reload')}</button>
    </p>
  );
}
