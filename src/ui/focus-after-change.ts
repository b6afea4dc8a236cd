import { drawAtOnce } from './after-frame';

/**
 * Runs a change that removes the button it was started from (a card's way out, a repair), then
 * puts the keyboard focus where the user's next step is, instead of leaving it on the page's body.
 * The change is drawn whole at once, its cards' notes included (after-frame.ts): the next step may be one.
 */
export function changeThenFocus(change: () => void, target: () => HTMLElement | null | undefined, options?: FocusOptions): void {
  drawAtOnce(change);
  target()?.focus(options);
}

// Module ids are lowercase letters, digits and hyphens (the catalog schema): safe in a selector as they are.
const card = (moduleId: string) => document.querySelector<HTMLElement>(`[data-module="${moduleId}"]`);

/** A module's checkbox when it can be ticked, else the first button of its card (another way out). */
export function moduleControl(moduleId: string): HTMLElement | null {
  const checkbox = card(moduleId)?.querySelector<HTMLInputElement>('input[type=checkbox]');
  if (checkbox && !checkbox.disabled) return checkbox;
  return card(moduleId)?.querySelector<HTMLElement>('button') ?? null;
}

/** The violation banner's id (violation-banner.tsx), focusable by script (tabindex -1). */
export const VIOLATION_BANNER_ID = 'violation-banner';

/** The violation banner at the top of the configurator: what must be fixed, and its repairs. */
export function violationBanner(): HTMLElement | null {
  return document.getElementById(VIOLATION_BANNER_ID);
}

/** The quote panel's id (quote-panel.tsx). */
export const QUOTE_PANEL_ID = 'quote-panel';

/**
 * Where the quote starts for the keyboard: on a phone, the sheet's « Voir le devis » button (the rest is
 * folded away); on a wide screen, the panel's heading (focusable by script, tabindex -1), so the next Tab
 * reaches its first control.
 */
export function quoteEntry(): HTMLElement | null {
  const panel = document.getElementById(QUOTE_PANEL_ID);
  const toggle = panel?.querySelector<HTMLElement>('.quote-toggle');
  if (toggle && toggle.getClientRects().length > 0) return toggle;
  return panel?.querySelector<HTMLElement>('h2') ?? panel ?? null;
}
