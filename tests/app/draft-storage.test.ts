import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DRAFT_KEY, keepDraftSaved } from '../../src/app/draft-storage';
import { createConfiguratorStore } from '../../src/store/configurator-store';
import { defaultCatalog } from '../fixtures/catalogs';

const catalog = defaultCatalog();

/** A browser whose localStorage records every write, and whose page and document events can be fired. */
let writes: string[];
let windowListeners: Map<string, () => void>;
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
  const localStorage = {
    setItem: (key: string, value: string) => {
      if (refusal) throw refusal();
      if (key === DRAFT_KEY) writes.push(value);
    },
  };
  vi.stubGlobal('window', {
    get localStorage() {
      const refused = refusal?.();
      if (refused instanceof DOMException && refused.name === 'SecurityError') throw refused;
      return localStorage;
    },
    addEventListener: (type: string, listener: () => void) => void windowListeners.set(type, listener),
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

const savedModules = (json: string | undefined) =>
  (JSON.parse(json ?? '{}') as { configuration?: { items?: { module: string }[] } }).configuration?.items?.map((i) => i.module);

describe('the draft is kept in localStorage', () => {
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
    const troubled = vi.fn();
    const store = createConfiguratorStore({ catalog, lang: 'fr' });
    const stop = keepDraftSaved(store, { troubled });
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
