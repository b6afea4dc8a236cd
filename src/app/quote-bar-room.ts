import { QUOTE_PANEL_ID } from '../ui/focus-after-change';
import { SIDE_PANEL } from './sheet-folding';

/** Room left under the bar, beyond its own height: the control the focus scrolls to stops this far above it. */
const MARGIN_PX = 16;

/**
 * On a phone the folded quote sheet covers the bottom of the page, as tall as its bar: one line, or three when the
 * configuration cannot be ordered, more with larger text or a reader's text spacing (128 px measured at 320 px).
 * The stylesheet's fixed room (5.5rem, 9rem) holds until this code arrives; then the room follows the bar's height
 * (`--quote-bar-room`, read by quote-panel.css), so a control the focus scrolls to and the page's end stay above
 * it. On a wide screen the bar heads the side panel and covers nothing: it is not followed there, since its height
 * changes with the quote (8 of the bench's 40 toggles) and a property set on the page's root restyled the whole page
 * (604 elements) and laid it out again inside that toggle's frame. Returns what stops it.
 */
export function keepRoomForQuoteBar(): () => void {
  const bar = document.getElementById(QUOTE_PANEL_ID)?.querySelector('.quote-bar');
  if (!bar || typeof ResizeObserver === 'undefined') return () => {};
  const root = document.documentElement;
  const observer = new ResizeObserver(() => root.style.setProperty('--quote-bar-room', `${Math.ceil(bar.getBoundingClientRect().height) + MARGIN_PX}px`));
  const side = typeof window.matchMedia === 'function' ? window.matchMedia(SIDE_PANEL) : null;
  const stop = () => {
    observer.disconnect();
    root.style.removeProperty('--quote-bar-room');
  };
  const follow = () => (side?.matches ? stop() : observer.observe(bar));
  follow();
  side?.addEventListener('change', follow);
  return () => {
    side?.removeEventListener('change', follow);
    stop();
  };
}
