import { noticeWords, type NoticeText } from '../store/configurator-store';
import { changeThenFocus, focusAfterNotice } from './focus-after-change';
import { NoticeItems } from './notice-items';
import { useConfigurator, useT } from './store-context';

export function NoticeList() {
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
          <p>{say(n.text)}</p>
          {n.items && <NoticeItems notice={n} items={n.items} noticeIndex={index} />}
          <div className="notice-actions">
            {n.action && (
              <button type="button" onClick={() => changeThenFocus(() => { n.action?.run(); dismiss(n.id); }, () => focusAfterNotice(index), { preventScroll: true })}>
                {say(n.action.label)}
              </button>
            )}
            <button type="button" onClick={() => changeThenFocus(() => dismiss(n.id), () => focusAfterNotice(index), { preventScroll: true })}>{t('notice.dismiss')}</button>
          </div>
        </div>
      ))}
    </div>
  );
}
