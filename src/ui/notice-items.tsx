import { useId, useState } from 'react';
import { noticeWords, type Notice, type NoticeItem } from '../store/configurator-store';
import { changeThenFocus } from './focus-after-change';
import { focusAfterAction, noticesShown } from './notice-focus';
import { useConfigurator } from './store-context';
import './notice-items.css';

/**
 * After an item's action, the item now in its place (else the one before) keeps the keyboard focus; with
 * the last item gone, so is the notice, and with a restored draft the whole page: the focus goes to the
 * notice the action posted (« Brouillon restauré. »), else where closing the notice would send it.
 */
function focusAfterItem(list: Element | null, index: number, noticeIndex: number, before: number): HTMLElement | null {
  const item = list?.isConnected ? list.children[index] ?? list.children[index - 1] : undefined;
  return item?.querySelector('button') ?? focusAfterAction(noticeIndex, before);
}

/**
 * The things a notice lists (drafts kept aside), each with its own actions, which its text describes (two
 * « Restaurer » are told apart). Taking an item's action answers it: the item goes, and the notice with its last one.
 */
export function NoticeItems({ notice, items, noticeIndex }: { notice: Notice; items: NoticeItem[]; noticeIndex: number }) {
  const id = useId();
  const lang = useConfigurator((s) => s.lang);
  const dismiss = useConfigurator((s) => s.dismissNotice);
  const [answered, setAnswered] = useState<string[]>([]);
  const open = items.filter((item) => !answered.includes(item.id));
  const answer = (item: NoticeItem) => (open.length === 1 ? dismiss(notice.id) : setAnswered([...answered, item.id]));
  return (
    <ul className="notice-items">
      {open.map((item, index) => (
        <li key={item.id}>
          {/* By place, not by item id: an id may be a draft's text, whose spaces would split the reference. */}
          <span id={`${id}-${items.indexOf(item)}`}>{noticeWords(item.text, lang)}</span>
          <span className="notice-actions">
            {item.actions.map((action, a) => (
              <button key={a} type="button" aria-describedby={`${id}-${items.indexOf(item)}`} onClick={(event) => {
                const list = event.currentTarget.closest('ul');
                const before = noticesShown().length;
                changeThenFocus(() => { action.run(); answer(item); }, () => focusAfterItem(list, index, noticeIndex, before), { preventScroll: true });
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
