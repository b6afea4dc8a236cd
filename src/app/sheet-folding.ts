import { QUOTE_PANEL_ID, quoteEntry } from '../ui/focus-after-change';

/** The quote sheet while it is open on a phone (its toggle shown: a wide screen hides it), else null. */
function openSheet(): HTMLElement | null {
  const panel = document.getElementById(QUOTE_PANEL_ID);
  const toggle = panel?.querySelector('.quote-toggle');
  return panel?.dataset.expanded === 'true' && toggle && getComputedStyle(toggle).display !== 'none' ? panel : null;
}

/** Folds the sheet as its own button does. */
const fold = (sheet: HTMLElement) => sheet.querySelector<HTMLButtonElement>('.quote-toggle')?.click();

const outside = (target: EventTarget | null, sheet: HTMLElement): target is Node => target instanceof Node && !sheet.contains(target);

/**
 * The click ending a press on the page folds the sheet and does nothing else (the card under the finger is not
 * ticked, the button not pressed). Only that press's click: a press that turns into a scroll (pointercancel, or a
 * new press) forgets it, and a click from the keyboard (detail 0) is never taken. The focus the press gave a
 * control may have folded the sheet already: the click is still only that. Returns what forgets it.
 */
function foldAtClick(sheet: HTMLElement): () => void {
  const onClick = (event: MouseEvent) => {
    if (event.detail === 0 || !outside(event.target, sheet)) return;
    event.preventDefault();
    event.stopPropagation();
    forget();
    if (openSheet()) fold(sheet);
  };
  const forget = () => {
    document.removeEventListener('click', onClick, true);
    document.removeEventListener('pointerdown', forget, true);
    document.removeEventListener('pointercancel', forget, true);
  };
  document.addEventListener('click', onClick, true);
  document.addEventListener('pointerdown', forget, true);
  document.addEventListener('pointercancel', forget, true);
  return forget;
}

/**
 * The open sheet covers the page: the focus arriving anywhere on the page (Tab past the sheet's last control,
 * which wraps round to the header) or a tap on the page, focusable or not, folds it, so the focus is never on
 * something hidden behind it; the strip of page above the sheet looks like a safe place to tap, so the tap only
 * folds it. A tap inside the sheet leaves it open: a press is judged as it starts down the page (capture), before
 * a control can remove itself from the sheet, and the focus a tap on the sheet's text gives the page's main
 * region, which holds the sheet, is not the page. A control removed from under the focus leaves it on no
 * element: the sheet stays open. Returns what stops it.
 */
export function keepSheetFolding(): () => void {
  let forgetPress = () => {};
  const onFocusIn = (event: FocusEvent) => {
    const sheet = openSheet();
    if (sheet && outside(event.target, sheet) && !event.target.contains(sheet)) fold(sheet);
  };
  const onPointerDown = (event: PointerEvent) => {
    const sheet = openSheet();
    if (sheet && outside(event.target, sheet)) forgetPress = foldAtClick(sheet);
  };
  document.addEventListener('focusin', onFocusIn);
  document.addEventListener('pointerdown', onPointerDown, true);
  const stopFollowingLayout = keepSheetAcrossLayouts();
  return () => {
    forgetPress();
    stopFollowingLayout();
    document.removeEventListener('focusin', onFocusIn);
    document.removeEventListener('pointerdown', onPointerDown, true);
  };
}

/** The width from which the quote is a side panel, not a sheet (quote-panel.css). */
export const SIDE_PANEL = '(min-width: 62rem)';

/**
 * A screen turned or a window resized across the side panel's width: the focus on a control of the quote (the term,
 * « Copier le lien de partage ») stays on it, the sheet opening to show it, where a folded sheet would hide it and
 * drop the focus on the page's start; the focus on the sheet's own button, which a side panel hides, goes to the
 * panel's heading, where the next Tab reaches the quote's first control; and a sheet left open before the panel
 * became a side panel does not open again over the page when the screen turns back. Returns what stops it.
 */
function keepSheetAcrossLayouts(): () => void {
  if (typeof window.matchMedia !== 'function') return () => {};
  const side = window.matchMedia(SIDE_PANEL);
  // The quote's control that has the focus. The browser may drop the focus of a control the folded sheet hides before
  // it tells of the new width: the control is then taken back from here.
  let inQuote: HTMLElement | null = null;
  const onFocusIn = (event: FocusEvent) => {
    const panel = document.getElementById(QUOTE_PANEL_ID);
    inQuote = panel && event.target instanceof HTMLElement && panel.contains(event.target) ? event.target : null;
  };
  const onChange = () => {
    const panel = document.getElementById(QUOTE_PANEL_ID);
    if (!panel) return;
    const sheetButton = panel.querySelector<HTMLButtonElement>('.quote-toggle');
    const toggle = () => sheetButton?.click();
    const open = panel.dataset.expanded === 'true';
    const lost = document.activeElement === null || document.activeElement === document.body;
    const focused = inQuote !== null && (document.activeElement === inQuote || lost) ? inQuote : null;
    if (side.matches) {
      if (open) toggle();
      // Once the side panel is drawn, its heading is the quote's entry (the button is hidden by then).
      if (focused !== null && focused === sheetButton) requestAnimationFrame(() => quoteEntry()?.focus());
      return;
    }
    if (open || focused === null || !focused.closest('.quote-body')) return;
    toggle();
    // Once the sheet is open (React draws it after this event), the control can take the focus again.
    if (document.activeElement !== focused) requestAnimationFrame(() => focused.focus());
  };
  document.addEventListener('focusin', onFocusIn);
  side.addEventListener('change', onChange);
  return () => {
    document.removeEventListener('focusin', onFocusIn);
    side.removeEventListener('change', onChange);
  };
}
