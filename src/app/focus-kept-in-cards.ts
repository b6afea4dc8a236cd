import { moduleControl } from '../ui/focus-after-change';

/**
 * A card's control taken away under the focus by a re-render the user did not ask for hands the focus to that card's
 * checkbox, or its next way out, instead of the page's body. The case: a module in a conflict first shows the conflict's
 * minimal set as its ways out (« Retirer WALLIX Bastion »), and a moment later the conflict's fuller reasons replace them
 * with the ones that free it (app/blocked-details.ts); a button focused in between went with them. (Outside a conflict,
 * « Retirer X » becoming « Retirer X et Y » is the same button relabelled: way-out-buttons.tsx keys it so.) A change the user
 * asked for places the focus itself (changeThenFocus), before this looks. Returns what stops it.
 */
export function keepFocusInCards(): () => void {
  const onFocusOut = (event: FocusEvent) => {
    const left = event.target;
    if (!(left instanceof HTMLElement) || event.relatedTarget !== null) return;
    const card = left.closest<HTMLElement>('[data-module]')?.dataset.module;
    if (card === undefined) return;
    queueMicrotask(() => {
      if (!left.isConnected && (document.activeElement === null || document.activeElement === document.body)) moduleControl(card)?.focus();
    });
  };
  document.addEventListener('focusout', onFocusOut);
  return () => document.removeEventListener('focusout', onFocusOut);
}
