import { useId } from 'react';
import { noticeWords, type Notice, type NoticeItem } from '../store/configurator-store';
import { changeThenFocus, focusAfterNotice } from './focus-after-change';
import { useConfigurator } from './store-context';
import './notice-items.css';

/**
 * After an item's action, the item now in its place (else the one before) keeps the keyboard focus; with
 * the last item gone, so is the notice, and the focus goes where closing it would send it.
 */
function focusAfterItem(list: Element | null, index: number, noticeIndex: number): HTMLElement | null {
  const item = list?.isConnected ? list.children[index] ?? list.children[index - 1] : undefined;
  return item?.querySelector('button') ?? focusAfterNotice(noticeIndex);
}

/** The things a notice lists (drafts kept aside), each with its own actions, which its text describes (two « Rétablir » are told apart). */
export function NoticeItems({ notice, items, noticeIndex }: { notice: Notice; items: NoticeItem[]; noticeIndex: number }) {
  const id = useId();
  const lang = useConfigurator((s) => s.lang);
  const dropItem = useConfigurator((s) => s.dropNoticeItem);
  return (
    <ul className="notice-items">
      {items.map((item, index) => (
        <li key={item.id}>
          <span id={`${id}-${item.id}`}>{noticeWords(item.text, lang)}</span>
          <span className="notice-actions">
            {item.actions.map((action, a) => (
              <button key={a} type="button" aria-describedby={`${id}-${item.id}`} onClick={(event) => {
                const list = event.currentTarget.closest('ul');
                changeThenFocus(() => { action.run(); dropItem(notice.id, item.id); }, () => focusAfterItem(list, index, noticeIndex), { preventScroll: true });
              }}>
                {noticeWords(action.label, lang)}
              </button>
            ))}
          </span>
        </li>
      ))}
    </ul>
  );
}
