import { compareConfigurations, type ConfigurationSide } from '../domain/configuration-change';
import type { ConfiguratorState, ConfiguratorStore } from '../store/configurator-store';
import { wordChange, type ChangeStep } from './announcement-wording';
import { evaluationOf, quoteOf } from './derived';

export type AnnouncedState = Pick<ConfiguratorState, 'catalog' | 'configuration' | 'addedAutomatically' | 'history' | 'lang'>;

const side = (s: AnnouncedState): ConfigurationSide => ({ configuration: s.configuration, addedAutomatically: s.addedAutomatically, evaluation: evaluationOf(s) });

/**
 * An undo puts back a past snapshot, a redo a future one (the same objects, not copies); several in a row before the
 * words are written put back an older one (QA: four quick Ctrl+Z were said as an edit, without « Annulé »).
 */
function stepOf(before: AnnouncedState, after: AnnouncedState): ChangeStep | 'withdrawn' {
  if (before.history.past.some((snapshot) => snapshot.configuration === after.configuration)) return 'undo';
  if (before.history.future.some((snapshot) => snapshot.configuration === after.configuration)) return 'redo';
  // An edit back where it started leaves no step to undo: a quantity typed back, or one refused after a prefix applied.
  const withdrawn = after.history.future === before.history.future && after.history.past.length < before.history.past.length;
  return withdrawn ? 'withdrawn' : 'edit';
}

/** The monthly total (HT, in cents) after the change, when it moved. */
function newTotal(before: AnnouncedState, after: AnnouncedState): number | null {
  const [was, is] = [quoteOf(before), quoteOf(after)];
  if (!is.ok) return null;
  return was.ok && was.value.totals.monthlyNet === is.value.totals.monthlyNet ? null : is.value.totals.monthlyNet;
}

/** What to tell a screen reader about the change from `before` to `after`, in the user's language; '' when there is nothing to say. */
export function announcement(before: AnnouncedState, after: AnnouncedState): string {
  if (before.catalog !== after.catalog) return '';
  const step = stepOf(before, after);
  const change = compareConfigurations(after.catalog, side(before), side(after));
  // A refused quantity's field says (role="alert") which quantity the quote keeps: only the total is left to say.
  const said = step === 'withdrawn' ? { ...change, quantities: [] } : change;
  return wordChange(after.catalog, said, after.lang, step === 'withdrawn' ? 'edit' : step, newTotal(before, after));
}

/** Where the change being announced started, per store: changes before the words are written make one announcement. */
const pending = new WeakMap<ConfiguratorStore, AnnouncedState>();

/** Writes the live region's sentence (ui/change-announcer); '' empties it. */
function sayInRegion(text: string): void {
  const region = document.querySelector('[data-announcer]');
  if (region) region.textContent = text;
}

/**
 * Notes where the change started and nothing else (called inside the store's update, inside the click); the words
 * are worked out and written after the frame that shows the change (screen readers speak later anyway).
 */
function announce(store: ConfiguratorStore, before: AnnouncedState): void {
  if (pending.has(store)) return;
  pending.set(store, before);
  requestAnimationFrame(() => setTimeout(() => {
    const from = pending.get(store);
    pending.delete(store);
    const text = from && announcement(from, store.getState());
    if (text) sayInRegion(text);
  }));
}

/**
 * Says each change to the store's configuration in the live region (ui/change-announcer) until stopped. `since`: the
 * state before the changes made while this code was on its way (app/later-behaviours-loading.ts keeps it), said at once
 * as one change. A switch of language empties the region: its last sentence, in the other language, would be read in the
 * new one's voice; so does a new store, whose state the last sentence is not about.
 */
export function keepAnnouncing(store: ConfiguratorStore, since?: AnnouncedState): () => void {
  // Another store on screen (the data erased, another tab's draft loaded): the last sentence was about the one before.
  sayInRegion('');
  if (since) announce(store, since);
  return store.subscribe((next, prev) => {
    if (next.configuration !== prev.configuration) announce(store, prev);
    if (next.lang !== prev.lang) sayInRegion('');
  });
}
