import { act } from '@testing-library/react';

/**
 * Lets the frame that shows a change be drawn, then what follows it by one (ui/after-frame.ts: the quote, a card's
 * notes): a rAF callback, then a task, as the page's own.
 */
export const afterFrame = (): Promise<void> => act(() => new Promise<void>((drawn) => requestAnimationFrame(() => setTimeout(drawn))));
