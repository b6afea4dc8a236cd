import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ASIDE_KEY, DRAFT_KEY, draftTextOf, ERASED_SIGNAL_KEY, keepDraftSaved, rememberDraft, type DraftWatch } from '../../src/app/draft-storage';
import { createConfiguratorStore } from '../../src/store/configurator-store';
import { defaultCatalog } from '../fixtures/catalogs';
import { FakeStorage } from './fake-storage';

const catalog = defaultCatalog();

/** A browser whose localStorage records every write of the draft, and whose page and document events can be fired. */
let writes: string[];
let saved: FakeStorage;
let windowListeners: Map<string, (event?: unknown) => void>;
let documentListeners: Map<string, () => void>;
let visibility: 'visible' | 'hidden';
/** What the next setItem throws (null: it writes). */
let refusal: (() => unknown) | null;
beforeEach(() => {
  refusal = null;
  vi.useFakeTimers();
  writes = [];
  windowListeners = new Map();
  documentListeners = new Map();
  visibility = 'visible';
  saved = new FakeStorage();
  const setItem = saved.setItem.bind(saved);
  saved.setItem = (key: string, value: string) => {
    if (refusal) throw refusal();
    setItem(key, value);
    if (key === DRAFT_KEY) writes.push(value);
  };
  const localStorage = saved;
  rememberDraft(null);
  vi.stubGlobal('window', {
    get localStorage() {
      const refused = refusal?.();
      if (refused instanceof DOMException && refused.name === 'SecurityError') throw refused;
      return localStorage;
    },
    addEventListener: (type: string, listener: (event?: unknown) => void) => void windowListeners.set(type, listener),
    removeEventListener: (type: string) => void windowListeners.delete(type),
  });
  vi.stubGlobal('document', {
    get visibilityState() { return visibility; },
    addEventListener: (type: string, listener: () => void) => void documentListeners.set(type, listener),
    removeEventListener: (type: string) => void documentListeners.delete(type),
  });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** A watch that records what the saver tells. */
const watching = () => ({ troubled: vi.fn(), otherTab: vi.fn(), otherTabCaughtUp: vi.fn(), overwrote: vi.fn(), erasedElsewhere: vi.fn() }) satisfies DraftWatch;

const savedModules = (json: string | undefined) =>
  (JSON.parse(json ?? '{}') as { configuration?: { items?: { module: string }[] } }).configuration?.items?.map((i) => i.module);

describe('the draft is kept in localStorage', () => {
  it('a store that differs from the saved draft when saving starts (a link opened over it) is saved at once, not at the next edit', async () => {
    const store = createConfiguratorStore({ catalog, lang: 'fr' });
    store.getState().selectModule('outscale-vm');
    store.getState().fillCustomer({ ...store.getState().customer, company: 'Mairie de Sète' });
    keepDraftSaved(store);
    await vi.advanceTimersByTimeAsync(0);
    expect(writes).toHaveLength(1);
    expect(JSON.parse(writes[0] ?? '{}')).toMatchObject({ customer: { company: 'Mairie de Sète' } });
  });

  it('an empty store over no draft, or a store equal to the saved draft, writes nothing when saving starts', async () => {
    const empty = keepDraftSaved(createConfiguratorStore({ catalog, lang: 'fr' }));
    await vi.advanceTimersByTimeAsync(0);
    empty();
    expect(writes).toEqual([]);
    const restored = createConfiguratorStore({ catalog, lang: 'fr' });
    restored.getState().selectModule('cryptpad-team');
    const stop = keepDraftSaved(restored);
    await vi.advanceTimersByTimeAsync(0);
    stop();
    writes = [];
    keepDraftSaved(restored);
    await vi.advanceTimersByTimeAsync(0);
    expect(writes).toEqual([]);
  });

  it('another tab erasing the data stops this tab’s saving at once, what was waiting included, and says so to the page', async () => {
    const store = createConfiguratorStore({ catalog, lang: 'fr' });
    const watch = watching();
    keepDraftSaved(store, watch);
    store.getState().fillCustomer({ ...store.getState().customer, company: 'Acme SAS' });
    windowListeners.get('storage')?.({ key: ERASED_SIGNAL_KEY, newValue: '2026-11-29T00:00:00.000Z' });
    await vi.advanceTimersByTimeAsync(10);
    expect(writes).toEqual([]);
    expect(watch.erasedElsewhere).toHaveBeenCalledWith(store);
    store.getState().selectModule('outscale-vm');
    windowListeners.get('pagehide')?.();
    await vi.advanceTimersByTimeAsync(10);
    expect(writes).toEqual([]);
    expect(windowListeners.has('storage')).toBe(false);
  });

  it('is written just after a change, not inside it, once for changes made together, with the latest state', async () => {
    const store = createConfiguratorStore({ catalog, lang: 'fr' });
    const stop = keepDraftSaved(store);
    store.getState().selectModule('cryptpad-team');
    store.getState().selectModule('outscale-vm');
    expect(writes).toEqual([]);
    await vi.advanceTimersByTimeAsync(0);
    expect(writes).toHaveLength(1);
    expect(savedModules(writes[0])).toEqual(['cryptpad-team', 'outscale-vm']);
    store.getState().writeNotes('Rappeler lundi');
    await vi.advanceTimersByTimeAsync(0);
    expect(writes).toHaveLength(2);
    expect(JSON.parse(writes[1] ?? '{}')).toMatchObject({ notes: 'Rappeler lundi' });
    stop();
  });

  it('is not written when nothing kept in the draft changed', async () => {
    const store = createConfiguratorStore({ catalog, lang: 'fr' });
    const stop = keepDraftSaved(store);
    store.getState().switchLanguage('en');
    await vi.advanceTimersByTimeAsync(10);
    expect(writes).toEqual([]);
    stop();
  });

  it('is written at once when the page is left or hidden, so a reload or a closed tab loses nothing', () => {
    const store = createConfiguratorStore({ catalog, lang: 'fr' });
    const stop = keepDraftSaved(store);
    store.getState().selectModule('cryptpad-team');
    windowListeners.get('pagehide')?.();
    expect(savedModules(writes[0])).toEqual(['cryptpad-team']);
    store.getState().selectModule('outscale-vm');
    documentListeners.get('visibilitychange')?.();
    expect(writes).toHaveLength(1);
    visibility = 'hidden';
    documentListeners.get('visibilitychange')?.();
    expect(savedModules(writes[1])).toEqual(['cryptpad-team', 'outscale-vm']);
    stop();
  });

  it('writes what is still waiting when it stops, and nothing after', async () => {
    const store = createConfiguratorStore({ catalog, lang: 'fr' });
    const stop = keepDraftSaved(store);
    store.getState().selectModule('cryptpad-team');
    stop();
    expect(writes).toHaveLength(1);
    store.getState().selectModule('outscale-vm');
    await vi.advanceTimersByTimeAsync(10);
    expect(writes).toHaveLength(1);
    expect(windowListeners.size + documentListeners.size).toBe(0);
  });
});

describe('a draft the browser refuses to keep', () => {
  const full = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  const disabled = () => new DOMException('Access is denied for this document.', 'SecurityError');

  it.each([
    ['full storage (setItem throws QuotaExceededError)', full, 'QuotaExceededError'],
    ['disabled storage (the localStorage getter throws SecurityError)', disabled, 'SecurityError'],
  ])('is told once on %s, with what the browser threw, and told again once a save succeeds', async (_case, refuse, name) => {
    const watch = watching();
    const { troubled } = watch;
    const store = createConfiguratorStore({ catalog, lang: 'fr' });
    const stop = keepDraftSaved(store, watch);
    refusal = refuse;
    store.getState().selectModule('cryptpad-team');
    await vi.advanceTimersByTimeAsync(0);
    store.getState().writeNotes('Rappeler lundi');
    await vi.advanceTimersByTimeAsync(0);
    expect(troubled.mock.calls.map(([s, failure]) => [s, (failure as DOMException).name])).toEqual([[store, name]]);
    refusal = null;
    store.getState().writeNotes('Rappeler mardi');
    await vi.advanceTimersByTimeAsync(0);
    store.getState().writeNotes('Rappeler mercredi');
    await vi.advanceTimersByTimeAsync(0);
    expect(troubled.mock.calls).toHaveLength(2);
    expect(troubled.mock.calls[1]).toEqual([store, null]);
    expect(JSON.parse(writes.at(-1) ?? '{}')).toMatchObject({ notes: 'Rappeler mercredi' });
    stop();
  });
});

describe('a draft another tab saved meanwhile', () => {
  /** Another tab's save: the text in storage, then the storage event this tab receives. */
  const otherTabSaves = (text: string, key = DRAFT_KEY) => {
    saved.setItem(key, text);
    windowListeners.get('storage')?.({ key, newValue: text });
  };
  const other = JSON.stringify({ format: 'collabnext-draft/1', customer: { company: 'Acme SAS' } });

  it('is kept aside before this tab saves over it, never overwritten; this tab’s own earlier text is said to be superseded', async () => {
    const watch = watching();
    const store = createConfiguratorStore({ catalog, lang: 'fr' });
    const stop = keepDraftSaved(store, watch);
    store.getState().selectModule('cryptpad-team');
    await vi.advanceTimersByTimeAsync(0);
    const mine = saved.getItem(DRAFT_KEY);
    otherTabSaves(other);
    store.getState().selectModule('outscale-vm');
    await vi.advanceTimersByTimeAsync(0);
    expect(savedModules(saved.getItem(DRAFT_KEY) ?? '')).toEqual(['cryptpad-team', 'outscale-vm']);
    expect(Object.entries(saved.under(ASIDE_KEY))).toEqual([[expect.stringMatching(/\.tab$/), other]]);
    expect(watch.overwrote).toHaveBeenCalledWith(mine);
    stop();
  });

  it('is also kept aside when this tab opened on no draft and another tab saved one first', async () => {
    const store = createConfiguratorStore({ catalog, lang: 'fr' });
    const stop = keepDraftSaved(store, watching());
    saved.setItem(DRAFT_KEY, other);
    store.getState().selectModule('cryptpad-team');
    await vi.advanceTimersByTimeAsync(0);
    expect(Object.values(saved.under(ASIDE_KEY))).toEqual([other]);
    stop();
  });

  it('leaves this tab’s own texts alone: saving over what it read or wrote keeps nothing aside', async () => {
    const watch = watching();
    rememberDraft(other);
    saved.setItem(DRAFT_KEY, other);
    const store = createConfiguratorStore({ catalog, lang: 'fr' });
    const stop = keepDraftSaved(store, watch);
    store.getState().selectModule('cryptpad-team');
    await vi.advanceTimersByTimeAsync(0);
    store.getState().selectModule('outscale-vm');
    await vi.advanceTimersByTimeAsync(0);
    expect(saved.under(ASIDE_KEY)).toEqual({});
    expect(watch.overwrote).not.toHaveBeenCalled();
    stop();
  });

  it('is not overwritten when the browser refuses to keep it aside: the save fails, and says so', async () => {
    const watch = watching();
    const store = createConfiguratorStore({ catalog, lang: 'fr' });
    const stop = keepDraftSaved(store, watch);
    // Room for this tab's draft in place of the other tab's, not for a copy of the other's beside it.
    const long = JSON.stringify({ format: 'collabnext-draft/1', customer: { company: 'Acme SAS' }, notes: 'n'.repeat(2_000) });
    otherTabSaves(long);
    saved.quota = long.length + DRAFT_KEY.length + 500;
    store.getState().selectModule('cryptpad-team');
    await vi.advanceTimersByTimeAsync(0);
    expect(saved.getItem(DRAFT_KEY)).toBe(long);
    expect(watch.troubled.mock.calls.map(([, failure]) => (failure as DOMException).name)).toEqual(['QuotaExceededError']);
    stop();
  });

  it('is told from its storage event, « first » until this tab saves again; other keys and this tab’s own text are not', async () => {
    const watch = watching();
    const store = createConfiguratorStore({ catalog, lang: 'fr' });
    const stop = keepDraftSaved(store, watch);
    otherTabSaves('{"format":"collabnext-draft/1","notes":"1"}');
    otherTabSaves('{"format":"collabnext-draft/1","notes":"2"}');
    otherTabSaves('en', 'collabnext.lang');
    windowListeners.get('storage')?.({ key: DRAFT_KEY, newValue: null });
    store.getState().selectModule('cryptpad-team');
    await vi.advanceTimersByTimeAsync(0);
    windowListeners.get('storage')?.({ key: DRAFT_KEY, newValue: saved.getItem(DRAFT_KEY) });
    otherTabSaves('{"format":"collabnext-draft/1","notes":"3"}');
    expect(watch.otherTab.mock.calls.map(([s, text, first]) => [s === store, JSON.parse(text).notes, first])).toEqual([
      [true, '1', true], [true, '2', false], [true, '3', true],
    ]);
    stop();
    expect(windowListeners.has('storage')).toBe(false);
  });

  it('saved back to this tab’s own text (the other tab undid its edit): told once, and the next different save is « first » again', async () => {
    const watch = watching();
    const store = createConfiguratorStore({ catalog, lang: 'fr' });
    const stop = keepDraftSaved(store, watch);
    store.getState().selectModule('cryptpad-team');
    await vi.advanceTimersByTimeAsync(0);
    const mine = saved.getItem(DRAFT_KEY) ?? '';
    otherTabSaves(mine);
    expect(watch.otherTabCaughtUp).not.toHaveBeenCalled();
    otherTabSaves(other);
    otherTabSaves(mine);
    otherTabSaves(mine);
    expect(watch.otherTabCaughtUp).toHaveBeenCalledTimes(1);
    expect(watch.otherTabCaughtUp).toHaveBeenCalledWith(store);
    otherTabSaves(other);
    expect(watch.otherTab.mock.calls.map(([, , first]) => first)).toEqual([true, true]);
    // Nothing to keep aside at this tab's next save: what is saved is its own text again.
    otherTabSaves(mine);
    store.getState().selectModule('outscale-vm');
    await vi.advanceTimersByTimeAsync(0);
    expect(saved.under(ASIDE_KEY)).toEqual({});
    stop();
  });

  it('saved back to what this tab shows, though this tab saved nothing yet (QA: both empty again after the other’s undo): told too', () => {
    const watch = watching();
    const store = createConfiguratorStore({ catalog, lang: 'fr' });
    const stop = keepDraftSaved(store, watch);
    otherTabSaves(other);
    otherTabSaves(draftTextOf(store.getState()));
    expect(watch.otherTabCaughtUp).toHaveBeenCalledTimes(1);
    stop();
  });
});
