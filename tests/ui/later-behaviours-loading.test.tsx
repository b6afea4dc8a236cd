import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AddressCatchUp } from '../../src/app/address-sync';
import { createConfiguratorStore } from '../../src/store/configurator-store';
import { defaultCatalog } from '../fixtures/catalogs';

/** The later behaviours' file, as the page's loader gets it: arrived, or lost on the way. */
const arrival = { started: [] as AddressCatchUp[], lost: false };
const laterBehaviours = async () => {
  if (arrival.lost) throw new TypeError('Failed to fetch dynamically imported module');
  return { startLaterBehaviours: (_store: unknown, catchUp: AddressCatchUp) => (arrival.started.push(catchUp), () => {}) };
};

/** The loader as a fresh page has it: the later behaviours' file not fetched yet (a module fetched once stays). */
async function freshLoader() {
  vi.resetModules();
  vi.doMock('../../src/app/later-behaviours', laterBehaviours);
  return (await import('../../src/app/later-behaviours-loading')).startLaterBehavioursSoon;
}

const press = (key: string, shiftKey = false) => window.dispatchEvent(new KeyboardEvent('keydown', { key, ctrlKey: true, shiftKey, cancelable: true }));
const chosen = (store: ReturnType<typeof createConfiguratorStore>) => store.getState().configuration.items.map((i) => i.module);

let stop = () => {};
beforeEach(() => {
  vi.useFakeTimers();
  arrival.started = [];
  arrival.lost = false;
});
afterEach(() => {
  stop();
  vi.useRealTimers();
});

describe('before the later behaviours arrive (undo shortcuts, announcements)', () => {
  it('an undo or redo key takes its step at once, in order with the changes around it: a change after the key is not undone when the code arrives', async () => {
    const startLaterBehavioursSoon = await freshLoader();
    const store = createConfiguratorStore({ catalog: defaultCatalog(), lang: 'fr' });
    stop = startLaterBehavioursSoon(store);
    store.getState().selectModule('alinto-mail-essential');
    store.getState().selectModule('cryptpad-team');
    const undo = press('z');
    expect(undo).toBe(false); // kept from the browser's own undo
    expect(chosen(store)).toEqual(['alinto-mail-essential']);
    press('z', true);
    expect(chosen(store)).toEqual(['alinto-mail-essential', 'cryptpad-team']);
    store.getState().selectModule('outscale-vm');
    press('y');
    expect(chosen(store)).toEqual(['alinto-mail-essential', 'cryptpad-team', 'outscale-vm']);
  });

  it('notes the state before the first change and hands it on, so the changes made meanwhile are said as one', async () => {
    const startLaterBehavioursSoon = await freshLoader();
    const store = createConfiguratorStore({ catalog: defaultCatalog(), lang: 'fr' });
    const before = store.getState();
    stop = startLaterBehavioursSoon(store);
    store.getState().selectModule('alinto-mail-essential');
    store.getState().selectModule('cryptpad-team');
    await vi.waitFor(() => expect(arrival.started).toHaveLength(1));
    expect(arrival.started[0]?.since).toBe(before);
    expect(arrival.started[0]?.pastedOver).toBeUndefined();
  });

  it('notes a link pasted in the address bar meanwhile (the fragment changed), so that it is opened when the code arrives', async () => {
    const startLaterBehavioursSoon = await freshLoader();
    const store = createConfiguratorStore({ catalog: defaultCatalog(), lang: 'fr' });
    stop = startLaterBehavioursSoon(store);
    window.dispatchEvent(new HashChangeEvent('hashchange', { oldURL: 'https://collabnext.example/#draft-code', newURL: 'https://collabnext.example/#link-code' }));
    window.dispatchEvent(new HashChangeEvent('hashchange', { oldURL: 'https://collabnext.example/#link-code', newURL: 'https://collabnext.example/#other' }));
    await vi.advanceTimersByTimeAsync(1000);
    await vi.waitFor(() => expect(arrival.started).toHaveLength(1));
    expect(arrival.started[0]).toEqual({ since: undefined, pastedOver: 'https://collabnext.example/#draft-code' });
  });

  it('a file that does not arrive drops the note, without an error, and is fetched again at the next change', async () => {
    arrival.lost = true;
    const startLaterBehavioursSoon = await freshLoader();
    const store = createConfiguratorStore({ catalog: defaultCatalog(), lang: 'fr' });
    stop = startLaterBehavioursSoon(store);
    store.getState().selectModule('alinto-mail-essential');
    await vi.advanceTimersByTimeAsync(50);
    expect(arrival.started).toEqual([]);
    arrival.lost = false;
    const beforeSecond = store.getState();
    store.getState().selectModule('cryptpad-team');
    await vi.waitFor(() => expect(arrival.started).toHaveLength(1));
    // The first change is not said again minutes later: only what came after the failed fetch.
    expect(arrival.started[0]?.since).toBe(beforeSecond);
  });
});
