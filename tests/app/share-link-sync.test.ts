import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keepAddressInSync } from '../../src/app/share-link-sync';
import { encodeShareCode } from '../../src/domain/share-code';
import { createConfiguratorStore } from '../../src/store/configurator-store';
import { defaultCatalog } from '../fixtures/catalogs';

const catalog = defaultCatalog();

/** An address bar that records every write. */
let writes: string[];
beforeEach(() => {
  vi.useFakeTimers();
  writes = [];
  const location = { href: 'https://collabnext.example/configurateur/', hash: '' };
  const history = { state: null, replaceState: (_s: unknown, _t: string, url: string) => void writes.push((location.href = url)) };
  vi.stubGlobal('window', { location, history, addEventListener: () => {}, removeEventListener: () => {} });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the address bar follows the configuration', () => {
  it('edits in a row write the address once, when they pause, with the latest configuration', async () => {
    const store = createConfiguratorStore({ catalog, lang: 'fr' });
    const stop = keepAddressInSync(store);
    store.getState().selectModule('cryptpad-team');
    store.getState().selectModule('outscale-vm');
    await vi.advanceTimersByTimeAsync(100);
    expect(writes).toEqual([]);
    await vi.advanceTimersByTimeAsync(200);
    await vi.waitFor(() => expect(writes).toHaveLength(1));
    expect(writes[0]).toBe(`https://collabnext.example/configurateur/#${encodeShareCode(store.getState().configuration, { customer: null })}`);
    stop();
  });

  it('writes nothing once stopped, even for an edit still pending', async () => {
    const store = createConfiguratorStore({ catalog, lang: 'fr' });
    const stop = keepAddressInSync(store);
    store.getState().selectModule('cryptpad-team');
    stop();
    await vi.advanceTimersByTimeAsync(1000);
    expect(writes).toEqual([]);
  });
});
