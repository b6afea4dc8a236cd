/**
 * One polite live region, there from the first render (screen readers only follow regions they saw arrive
 * empty), that says each change to the configuration and the new monthly total. It is only the region: what
 * writes in it (keepAnnouncing, change-announcement.ts, which finds it by `data-announcer`) comes with the page's
 * later behaviours, just after the first screen (app/later-behaviours.ts).
 */
export function ChangeAnnouncer() {
  return <p role="status" className="visually-hidden" data-announcer />;
}
