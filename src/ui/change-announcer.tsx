import { useContext } from 'react';
import { StoreContext } from './store-context';

/**
 * One polite live region, there from the first render (screen readers only follow regions they saw arrive
 * empty), that says each change to the configuration and the new monthly total. Its code and words load
 * with the first change and write after the frame (change-announcement.ts): nothing is added to the click.
 */
export function ChangeAnnouncer() {
  const store = useContext(StoreContext);
  // The region listens to the store while it is on the page (a ref callback's cleanup unsubscribes).
  const listen = (region: HTMLParagraphElement) =>
    store?.subscribe((next, prev) => {
      if (next.configuration !== prev.configuration) void import('./change-announcement').then((m) => m.announce(store, prev, region));
    });
  return <p ref={listen} role="status" className="visually-hidden" />;
}
