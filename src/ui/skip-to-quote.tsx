import { useT } from './store-context';

/**
 * Where the quote starts for the keyboard: on a phone, the sheet's « Voir le devis » button (the rest is
 * folded away); on a wide screen, the panel's heading, so the next Tab reaches its first control.
 * Found by the panel's class names (quote-panel.tsx, quote-summary-bar.tsx), which give it no id.
 */
export function quoteEntry(): HTMLElement | null {
  const panel = document.querySelector<HTMLElement>('.quote-panel');
  const toggle = panel?.querySelector<HTMLElement>('.quote-toggle');
  if (toggle && toggle.getClientRects().length > 0) return toggle;
  const title = panel?.querySelector<HTMLElement>('.quote-title');
  // A heading takes the focus only from a script, and only with tabindex -1.
  title?.setAttribute('tabindex', '-1');
  return title ?? panel ?? null;
}

/**
 * The page's first Tab stop, shown only when focused: straight to the quote, past the drawers and the
 * customer form (some 40 Tabs after the last module). A button, not a link to an anchor: the address's
 * hash is the share code.
 */
export function SkipToQuote() {
  const t = useT();
  return (
    <button type="button" className="skip-link" onClick={() => quoteEntry()?.focus()}>
      {t('skip.toQuote')}
    </button>
  );
}
