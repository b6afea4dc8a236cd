import type { ReactNode } from 'react';
import { moduleName, qualificationName } from '../domain/catalog-names';
import { formatList } from '../domain/locale-format';
import { changeThenFocus, moduleControl } from './focus-after-change';
import { useConfigurator, useT } from './store-context';
import './way-out-buttons.css';

/**
 * The one-click ways out on a card: « Retirer X » for each module in `remove`, « Ne plus exiger Q » for
 * each qualification in `waive`, or, when they free the card only `together`, one button taking them all back
 * (« Retirer X et Y »); after the change the focus goes to the card's own checkbox (`card`), or its next way out.
 * `children` come first (the swap of a blocked card).
 */
export function WayOutButtons({ card, remove, waive, together = false, children }: { card: string; remove: readonly string[]; waive: readonly string[]; together?: boolean; children?: ReactNode }) {
  const t = useT();
  const lang = useConfigurator((s) => s.lang);
  const catalog = useConfigurator((s) => s.catalog);
  const removeModule = useConfigurator((s) => s.removeModule);
  const waiveQualification = useConfigurator((s) => s.waiveQualification);
  const takeBack = useConfigurator((s) => s.takeBack);
  const thenFocusCard = (change: () => void) => changeThenFocus(change, () => moduleControl(card));
  const modules = (ids: readonly string[]) => formatList(ids.map((m) => moduleName(catalog, m, lang)), lang, 'conjunction');
  const qualifications = (ids: readonly string[]) => formatList(ids.map((q) => qualificationName(catalog, q, lang)), lang, 'conjunction');
  const togetherLabel = remove.length === 0 ? t('action.waive', { name: qualifications(waive) })
    : waive.length === 0 ? t('action.remove', { name: modules(remove) })
      : t('action.removeAndWaive', { modules: modules(remove), qualifications: qualifications(waive) });
  // One flat list of keyed buttons: when the fuller reasons turn « Retirer X » into « Retirer X et Y », the focused
  // button is the same element, relabelled (review: replaced, it sent the focus to the swap, and Enter swapped).
  const buttons = together
    ? [<button key={remove[0] ?? waive[0]} type="button" onClick={() => thenFocusCard(() => takeBack({ modules: remove, qualifications: waive }))}>{togetherLabel}</button>]
    : [
      ...remove.map((m) => <button key={m} type="button" onClick={() => thenFocusCard(() => removeModule(m))}>{t('action.remove', { name: moduleName(catalog, m, lang) })}</button>),
      ...waive.map((q) => <button key={q} type="button" onClick={() => thenFocusCard(() => waiveQualification(q))}>{t('action.waive', { name: qualificationName(catalog, q, lang) })}</button>),
    ];
  return (
    <div className="module-note-actions">
      {children}
      {buttons}
    </div>
  );
}

/** "a b" → ["a", "b"], "" → []: the space-separated ids a card's view carries. */
export const idsOf = (ids: string): string[] => (ids === '' ? [] : ids.split(' '));
