import { useEffect, useState } from 'react';
import { useConfigurator } from './store-context';

type NoticeListModule = typeof import('./notice-list');

let loaded: NoticeListModule | undefined;

/**
 * Loads the notices' code. Most visits post none, so it is not part of the first screen; start-up awaits it
 * when it posted some, so they show with the first screen rather than a moment after it.
 */
export const loadNoticeList = (): Promise<NoticeListModule> => import('./notice-list').then((m) => (loaded = m));

/** Where the notices go: their code loads with the first one. */
export function NoticeSlot() {
  const posted = useConfigurator((s) => s.notices.length > 0);
  const [list, setList] = useState(() => loaded);
  useEffect(() => {
    if (posted && !list) void loadNoticeList().then(setList);
  }, [posted, list]);
  return posted && list ? <list.NoticeList /> : null;
}
