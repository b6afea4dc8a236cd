import { useLayoutEffect, useState } from 'react';
import { flushSync } from 'react-dom';

let atOnce = false;
/** What waits for its frame: drawn at once by drawAtOnce. */
const waiting = new Set<() => void>();

/**
 * Runs a change and draws it (flushSync) with every note and quote still waiting for its frame, not a frame later: a
 * change that then moves the focus (focus-after-change.ts) looks for a card's next way out, which must be there already;
 * a print lays out the quote as it stands (devis-print-host.tsx).
 */
export function drawAtOnce(change: () => void): void {
  const was = atOnce;
  atOnce = true;
  try {
    flushSync(() => {
      waiting.forEach((show) => show());
      change();
    });
  } finally {
    atOnce = was;
  }
}

/**
 * `value` once the frame that shows its change has been drawn: what may follow a click's own frame by one (the quote,
 * a card's notes), so that frame draws only what the click changed at once (the ticked card, the cards it blocks or
 * frees). Issue #6's one-frame toggle: with the quote and the notes redrawn in the same frame it took 24 ms.
 */
export function useAfterFrame<T>(value: T): T {
  const [shown, show] = useState(() => value);
  const drawnNow = atOnce;
  // Kept through an effect, not set while rendering: an update set while rendering is not kept in React's queue, and an
  // earlier one React had set aside at a lower priority, replayed later, put the old value back (1 run in 2 of the ui tests).
  // A layout effect: a value drawn at once is kept before the browser paints.
  useLayoutEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- one more render of this component, before the paint
    if (drawnNow) return show(() => value);
    // Once: drawn at once before its frame, or replaced by a newer value, it is no longer waiting and does nothing.
    const catchUp = () => waiting.delete(catchUp) && show(() => value);
    waiting.add(catchUp);
    requestAnimationFrame(() => setTimeout(catchUp));
    return () => void waiting.delete(catchUp);
  }, [value, drawnNow]);
  return drawnNow ? value : shown;
}
