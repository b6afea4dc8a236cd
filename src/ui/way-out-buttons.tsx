import type { ReactNode } from 'react';
import { moduleName, qualificationName } from '../domain/catalog-names';
import { changeThenFocus, moduleControl } from './focus-after-change';
import { useConfigurator, useT } from './store-context';
import './way-out-buttons.css';

/**
 * The one-click ways out on a card: « Retirer X » for each module in `remove`, « Ne plus exiger Q » for
 * each qualification in `waive`; after the change the focus goes to the card's own checkbox (`card`),
 * or its next way out. `children` come first (the swap of a blocked card).
 */
export function WayOutButtons({ card, remove, waive, children }: { card: string; remove: readonly string[]; waive: readonly string[]; children?: ReactNode }) {
  const t = useT();
  const lang = useConfigurator((s) => s.lang);
  const catalog = useConfigurator((s) => s.catalog);
  const removeModule = useConfigurator((s) => s.removeModule);
  const waiveQualification = useConfigurator((s) => s.waiveQualification);
  const thenFocusCard = (change: () => void) => changeThenFocus(change, () => moduleControl(card));
  return (
    <div className="module-note-actions">
      {children}
      {remove.map((m) => (
        <button key={m} type="button" onClick={() => thenFocusCard(() => removeModule(m))}>{t('action.remove', { name: moduleName(catalog, m, lang) })}</button>
      ))}
      {waive.map((q) => (
        <button key={q} type="button" onClick={() => thenFocusCard(() => waiveQualification(q))}>{t('action.waive', { name: qualificationName(catalog, q, lang) })}</button>
      ))}
    </div>
  );
}

/** "a b" → ["a", "b"], "" → []: the space-separated ids a card's view carries. */
export const idsOf = (ids: string): string[] => (ids === '' ? [] : ids.split(' '));
