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
beforeEach(() => {
  vi.useFakeTimers();
  writes = [];
  windowListeners = new Map();
  documentListeners = new Map();
  visibility = 'visible';
  const localStorage = { setItem: (key: string, value: string) => void (key === DRAFT_KEY && writes.push(value)) };
  vi.stubGlobal('window', {
    localStorage,
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
