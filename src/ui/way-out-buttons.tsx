import type { ReactNode } from 'react';
import { moduleName, qualificationName } from '../domain/catalog-names';
import type { ReasonsGone } from '../domain/engine/additions-left-behind';
import { formatList } from '../domain/locale-format';
import { changeThenFocus, moduleControl } from './focus-after-change';
import { useLaterPartsWords } from './later-parts-words';
import { useConfigurator, useT } from './store-context';

/**
 * The one-click ways out on a card: « Retirer X » for each module in `remove`, « Ne plus exiger Q » for
 * each qualification in `waive`, or, when they free the card only `together`, one button taking them all back
 * (« Retirer X et Y »); after the change the focus goes to the card's own checkbox (`card`), or its next way out.
 * `children` come first (the swap of a blocked card).
 */
export function WayOutButtons({ card, remove, waive, together = false, children }: { card: string; remove: readonly string[]; waive: readonly string[]; together?: boolean; children?: ReactNode }) {
  const t = useT();
  const w = useLaterPartsWords();
  const lang = useConfigurator((s) => s.lang);
  const catalog = useConfigurator((s) => s.catalog);
  const takeBack = useConfigurator((s) => s.takeBack);
  const thenFocusCard = (change: () => void) => changeThenFocus(change, () => moduleControl(card));
  const names = (ids: readonly string[], name: (id: string) => string) => formatList(ids.map(name), lang, 'conjunction');
  const label = ({ modules, qualifications }: ReasonsGone) => {
    const removed = names(modules, (m) => moduleName(catalog, m, lang));
    const waived = names(qualifications, (q) => qualificationName(catalog, q, lang));
    return modules.length === 0 ? t('action.waive', { name: waived })
      : qualifications.length === 0 ? t('action.remove', { name: removed }) : w('action.removeAndWaive', { modules: removed, qualifications: waived });
  };
  // One button per choice, or one for them all when only together they free the card: each takes its choices back.
  const groups: ReasonsGone[] = together ? [{ modules: remove, qualifications: waive }]
    : [...remove.map((m) => ({ modules: [m], qualifications: [] })), ...waive.map((q) => ({ modules: [], qualifications: [q] }))];
  // Keyed by their first choice: when the fuller reasons turn « Retirer X » into « Retirer X et Y », the focused
  // button is the same element, relabelled (review: replaced, it sent the focus to the swap, and Enter swapped).
  const buttons = groups.map((g) => (
    <button key={g.modules[0] ?? g.qualifications[0]} type="button" onClick={() => thenFocusCard(() => takeBack(g))}>{label(g)}</button>
  ));
  return (
    <div className="module-note-actions">
      {children}
      {buttons}
    </div>
  );
}

/** "a b" → ["a", "b"], "" → []: the space-separated ids a card's view carries. */
export const idsOf = (ids: string): string[] => (ids === '' ? [] : ids.split(' '));
