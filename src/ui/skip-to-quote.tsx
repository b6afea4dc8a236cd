import { quoteEntry } from './focus-after-change';
import { useT } from './store-context';

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
