import { useId } from 'react';
import { noticeWords, type NoticeText } from '../store/configurator-store';
import { changeThenFocus } from './focus-after-change';
import { focusAfterAction, focusAfterNotice, noticesShown } from './notice-focus';
import { NoticeItems } from './notice-items';
import { useConfigurator, useT } from './store-context';

/** The notices, each button described by its notice's sentence (« Fermer » says what it closes). */
export function NoticeList() {
  const id = useId();
  const t = useT();
  const lang = useConfigurator((s) => s.lang);
  const notices = useConfigurator((s) => s.notices);
  const say = (text: NoticeText) => noticeWords(text, lang);
  const dismiss = useConfigurator((s) => s.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((n, index) => (
        <div key={n.id} className={`notice notice-${n.tone}`} role={n.tone === 'error' ? 'alert' : 'status'}>
          <p id={`${id}-${n.id}`}>{say(n.text)}</p>
          {n.items && <NoticeItems notice={n} items={n.items} noticeIndex={index} />}
          <div className="notice-actions">
            {n.action && (
              <button type="button" aria-describedby={`${id}-${n.id}`} onClick={() => {
                const before = noticesShown().length;
                changeThenFocus(() => { n.action?.run(); dismiss(n.id); }, () => focusAfterAction(index, before), { preventScroll: true });
              }}>
                {say(n.action.label)}
              </button>
            )}
            <button type="button" aria-describedby={`${id}-${n.id}`} onClick={() => changeThenFocus(() => dismiss(n.id), () => focusAfterNotice(index), { preventScroll: true })}>
              {t('notice.dismiss')}
            </button>
          </div>
        </div>
      ))}
    </div>
  );
}
