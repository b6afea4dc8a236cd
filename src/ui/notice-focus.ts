/** The notices on the page, in order: a restored draft's page has its own. */
export const noticesShown = (): HTMLElement[] => [...document.querySelectorAll<HTMLElement>('.notices .notice')];

/**
 * After a notice is closed (or its action taken), the notice now in its place, else the one before, else the
 * page's main region (focusable by script): never the page's body. Focused without scrolling: the page stays
 * where the buyer was reading.
 */
export function focusAfterNotice(index: number): HTMLElement | null {
  const notices = noticesShown();
  const next = notices[index] ?? notices[index - 1];
  return next?.querySelector<HTMLElement>('button') ?? document.querySelector<HTMLElement>('main');
}

/**
 * After an action that took its notice away (`before`: how many notices there were): the notice the action
 * posted to say how it went (the last one, when there are as many as before), else the one now in its place,
 * else the last one (a restored draft's page), else the page's main region. Its first button is described
 * by its sentence: a screen reader says what happened, and the focus ring shows where.
 */
export function focusAfterAction(index: number, before: number): HTMLElement | null {
  const notices = noticesShown();
  const next = notices.length >= before ? notices.at(-1) : (notices[index] ?? notices.at(-1));
  return next?.querySelector('button') ?? focusAfterNotice(index);
}
