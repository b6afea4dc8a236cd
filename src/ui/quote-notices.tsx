import { violationBanner } from './focus-after-change';
import { useLaterPartsWords } from './later-parts-words';

/**
 * An invalid configuration is priced all the same (spec §4), and says plainly that it cannot be ordered,
 * with a button to what must be fixed: the banner is at the top of the configurator, out of sight for a
 * buyer scrolled down to the card they just changed. `onShow` runs first (the phone's sheet folds away).
 */
export function QuoteInvalidNotice({ onShow }: { onShow?: () => void }) {
  const w = useLaterPartsWords();
  const show = () => {
    onShow?.();
    // Focusing scrolls the banner into view; its role="alert" has already been read out.
    violationBanner()?.focus();
  };
  return (
    <div className="quote-notice quote-notice-danger quote-notice-invalid" role="status">
      <p className="quote-notice-title">{w('quote.invalid.title')}</p>
      <p>{w('quote.invalid.body')}</p>
      <button type="button" className="quote-notice-action" onClick={show}>{w('quote.invalid.show')}</button>
    </div>
  );
}
